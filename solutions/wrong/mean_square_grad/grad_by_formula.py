r"""Wrong: the right numbers, but x.grad is written from the derivative formula; autograd never runs.

fails: x_backward_calls
diagnosis: backward\(\) never ran through x
description: writes x.grad from the derivative formula instead of letting autograd compute it
mistakes: no_backward
"""

import torch


def mean_square_grad(x):
    out = (3 * (x + 2) ** 2).mean()
    with torch.no_grad():
        x.grad = 6 * (x + 2) / x.numel()
    return out
