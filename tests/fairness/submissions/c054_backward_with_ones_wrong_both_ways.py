import torch


def quadratic_backward_ones(x):
    f = 2 * x ** 2 + 5 * x + 6
    f.sum().backward(retain_graph=True)   # way 1
    f.backward(torch.ones_like(f))        # way 2, to be sure
    return f
