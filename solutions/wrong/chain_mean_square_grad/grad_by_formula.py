r"""Wrong: the chain rule worked out by hand and written into x.grad; backward() never runs.

fails: x_backward_calls
diagnosis: backward\(\) never ran through x
description: writes the chain-rule gradient into x.grad by hand; autograd never runs
mistakes: no_backward
"""

import torch


def square_chain(x):
    y = x + 2
    z = y * y * 2
    out = z.mean()
    with torch.no_grad():
        x.grad = 4 * (x + 2) / x.numel()
    return y, z, out
