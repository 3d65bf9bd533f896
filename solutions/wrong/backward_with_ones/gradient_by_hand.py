r"""Wrong: the right numbers, computed by hand and stored in x.grad; autograd never runs.

fails: backward_once
diagnosis: backward\(\) never ran
description: writes 4x + 5 into x.grad by hand; backward() never runs
mistakes: no_backward
"""

import torch


def quadratic_backward_ones(x):
    f = 2 * (x * x) + 5 * x + 6
    with torch.no_grad():
        x.grad = 4 * x + 5
    return f
