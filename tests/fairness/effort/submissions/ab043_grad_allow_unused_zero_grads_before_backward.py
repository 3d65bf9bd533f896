"""grad_allow_unused: grads before backward."""

import torch


def partial_grads(x, y, z):
    out = (x ** 2 * y).sum()
    print("out =", out.item())
    gx, gy, gz = x.grad, y.grad, z.grad
    return gx, gy, gz
