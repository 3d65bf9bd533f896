"""Autograd exercises: my answer to parabola_minimum."""

import torch


def parabola_minimum(x, lr, steps):
    for _ in range(1, steps):
        y = 3 * x ** 2 + 2 * x - 1.2
        y.backward()
        with torch.no_grad():
            x -= lr * x.grad
        x.grad.zero_()
    with torch.no_grad():
        final = 3 * x ** 2 + 2 * x - 1.2
    return final.item()
