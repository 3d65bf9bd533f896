"""Wrong: solves f'(x) = 0 by hand and writes the answer into x; no gradient descent at all."""

import torch


def parabola_minimum(x, lr, steps):
    with torch.no_grad():
        x.fill_(-1 / 3)
        return (3 * x**2 + 2 * x - 1.2).item()
