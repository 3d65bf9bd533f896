r"""Wrong: t1.grad typed in from the derivative t2 / n; no backward pass reaches t1.

fails: t1_backward_calls
diagnosis: backward\(\) never ran through t1
description: writes t1.grad = t2 / n by hand; autograd never runs
mistakes: no_backward
"""


def mean_product_grad(t1, t2):
    out = (t1 * t2).mean()
    t1.grad = t2 / t1.numel()
    return out
