r"""Wrong: the forward pass alone; t1.grad stays None.

fails: t1_grad, t1_backward_calls, t1_grad_hidden
diagnosis: autograd never ran|backward\(\) was not called
description: computes out but never calls backward()
mistakes: no_backward
"""


def mean_product_grad(t1, t2):
    out = (t1 * t2).mean()
    return out
