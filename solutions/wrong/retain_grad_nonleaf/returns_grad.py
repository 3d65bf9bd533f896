"""Wrong: returns w.grad instead of w, so the grader finds a plain leaf with no .grad and no link to p.

fails: w_grad, w_not_leaf, w_retains_grad, w_grad_hidden
diagnosis: return w itself
description: returns w.grad instead of w itself
mistakes: type
"""


def retained_nonleaf_grad(p):
    w = 10 * p
    w.retain_grad()
    l = (w**2).sum()
    l.backward()
    return w.grad
