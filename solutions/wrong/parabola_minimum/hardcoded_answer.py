r"""Wrong: solves f'(x) = 0 by hand and writes the answer into x; no gradient descent at all.

fails: x_final, f_final, backward_per_step, x_hidden, backward_per_step_hidden
diagnosis: backward\(\) never ran through x
description: writes the known answer into x instead of descending
mistakes: no_backward
"""

import torch


def parabola_minimum(x, lr, steps):
    with torch.no_grad():
        x.fill_(-1 / 3)
        return (3 * x**2 + 2 * x - 1.2).item()
