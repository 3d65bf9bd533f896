r"""Wrong: x.grad is never zeroed, so it accumulates across steps.

fails: x_final, f_final, x_hidden
diagnosis: \.grad accumulates
description: never zeroes x.grad, so each step uses the sum of all gradients so far
mistakes: accumulation
"""

import torch


def parabola_minimum(x, lr, steps):
    for _ in range(steps):
        y = 3 * x**2 + 2 * x - 1.2
        y.backward()
        with torch.no_grad():
            x -= lr * x.grad
    with torch.no_grad():
        return (3 * x**2 + 2 * x - 1.2).item()
