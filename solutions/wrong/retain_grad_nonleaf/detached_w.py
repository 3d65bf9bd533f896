"""Wrong: w becomes a leaf of its own, so it gets a .grad but p gets nothing.

fails: w_not_leaf, p_grad, p_grad_hidden
diagnosis: never reached p
description: makes w a leaf with detach().requires_grad_() to get its .grad, cutting p off
mistakes: broken_graph
"""


def retained_nonleaf_grad(p):
    w = (10 * p).detach().requires_grad_()
    l = (w**2).sum()
    l.backward()
    return w
