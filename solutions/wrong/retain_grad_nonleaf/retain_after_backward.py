r"""Wrong: retain_grad() after backward() is too late; the gradient was already dropped.

fails: w_grad, w_grad_hidden
diagnosis: backward\(\) ran before it
description: calls retain_grad() after backward(), too late to keep anything
mistakes: order
"""


def retained_nonleaf_grad(p):
    w = 10 * p
    l = (w**2).sum()
    l.backward()
    w.retain_grad()
    return w
