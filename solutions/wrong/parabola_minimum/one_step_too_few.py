"""Wrong: range(steps - 1) does one step too few.

fails: x_final, f_final, backward_per_step, x_hidden, f_hidden, backward_per_step_hidden
diagnosis: fewer steps than asked
description: loops over range(steps - 1), one step too few
mistakes: steps
"""

import torch


def parabola_minimum(x, lr, steps):
    for _ in range(steps - 1):
        y = 3 * x**2 + 2 * x - 1.2
        y.backward()
        with torch.no_grad():
            x -= lr * x.grad
        x.grad.zero_()
    return (3 * x**2 + 2 * x - 1.2).item()
