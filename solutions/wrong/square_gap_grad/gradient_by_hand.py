r"""Wrong: writes p.grad from the closed-form formula; no gradient flows back from the loss.

fails: backward_once
diagnosis: backward\(\) never ran through p
description: writes p.grad from the closed-form formula instead of letting autograd compute it
mistakes: no_backward
"""

import torch


def square_gap_grad(p):
    loss = ((p - p**2) ** 2).sum()
    with torch.no_grad():
        p.grad = 4 * p**3 - 6 * p**2 + 2 * p
    return loss
