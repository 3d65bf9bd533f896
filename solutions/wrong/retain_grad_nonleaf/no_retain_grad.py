r"""Wrong: no retain_grad(), so the non-leaf w keeps no .grad.

fails: w_grad, w_retains_grad, w_grad_hidden
diagnosis: not a leaf.*retain_grad\(\) before backward\(\)
description: forgets retain_grad(), so w.grad is None after backward()
example: true
mistakes: not_leaf
"""


def retained_nonleaf_grad(p):
    w = 10 * p
    l = (w**2).sum()
    l.backward()
    return w
