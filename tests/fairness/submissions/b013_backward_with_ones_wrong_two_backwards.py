import torch


def quadratic_backward_ones(x):
    f = 2 * x ** 2 + 5 * x + 6
    f.backward(torch.ones_like(f), retain_graph=True)
    # double-check it is the same as summing
    f.sum().backward()
    return f
