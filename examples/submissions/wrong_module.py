"""Example submission (wrong)."""

import torch


def mean_square_grad(x):
    out = (3 * (x + 2) ** 2).sum()   # sum, not mean
    out.backward()
    return out


def zero_accumulated_grads(w, steps):
    grads = []
    for _ in range(steps):
        loss = (w * 3).sum()
        loss.backward()
        grads.append(w.grad.clone())   # never zeroed: 3, 6, 9, ...
    return grads


def vector_backward(x, v):
    z = 3 * (x + 2) ** 2
    z.backward()   # no vector: fails on a non-scalar
    return z
