"""Wrong: returns the y of the last step, which was computed before that step's update.

fails: f_final, f_hidden
description: returns the y of the last step, computed before the last update, instead of f at the final x
mistakes: stale
"""

import torch


def parabola_minimum(x, lr, steps):
    for _ in range(steps):
        y = 3 * x**2 + 2 * x - 1.2
        y.backward()
        with torch.no_grad():
            x -= lr * x.grad
        x.grad.zero_()
    return y.item()
