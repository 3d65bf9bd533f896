r"""Wrong: one backward() per partial derivative; .grad accumulates, so each ends up 3x too large.

fails: dy_dx, dy_dw, dy_db, one_backward, dy_dx_hidden, dy_dw_hidden, dy_db_hidden
diagnosis: \.grad accumulates
description: calls backward() once for each derivative, so every gradient is counted three times
example: true
mistakes: accumulation, backward_count
"""


def linear_partials(x, w, b):
    y = w * x + b
    y.backward(retain_graph=True)  # "for dy/dx"
    y.backward(retain_graph=True)  # "for dy/dw"
    y.backward()  # "for dy/db"
    return y
