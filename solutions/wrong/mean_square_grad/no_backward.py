r"""Wrong: forgets to call backward(), so x.grad stays None.

fails: x_grad, x_backward_calls, x_grad_hidden
diagnosis: autograd never ran|backward\(\) was not called
description: computes out but never calls backward(), so x.grad stays None
mistakes: no_backward
"""


def mean_square_grad(x):
    out = (3 * (x + 2) ** 2).mean()
    return out
