import torch


def vector_backward(x, v):
    z = 3 * (x + 2) ** 2
    # J is diagonal with entries 6(x+2), so J^T v = 6(x+2) * v
    x.grad = (6 * (x + 2) * v).detach()
    return z
