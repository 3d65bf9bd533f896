"""Wrong: w.item() turns w into a plain number, so no gradient reaches w.

fails: dy_dw, dy_dw_hidden
diagnosis: copy of w
description: uses w.item() in the formula, so w is not part of the graph and w.grad stays None
mistakes: broken_graph
"""


def linear_partials(x, w, b):
    y = w.item() * x + b
    y.backward()
    return y
