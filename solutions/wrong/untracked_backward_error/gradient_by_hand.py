r"""Wrong: the gradient is written by hand when x requires grad; backward() runs only to raise the error.

fails: backward_once
diagnosis: backward\(\) never ran through x
description: writes 4(x+2)/n into x.grad when x requires grad, and calls backward() only otherwise
mistakes: no_backward
"""

import torch


def backward_untracked_mean(x):
    y = x + 2
    z = (2 * y * y).mean()
    if x.requires_grad:
        with torch.no_grad():
            x.grad = 4 * (x + 2) / x.numel()
    else:
        z.backward()
    return z
