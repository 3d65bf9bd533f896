import torch


def quadratic_backward_ones(x):
    f = 2 * x ** 2 + 5 * x + 6
    v = torch.ones_like(f)
    f.backward(v, retain_graph=True)
    # the same gradient the other way, to compare
    f.sum().backward()
    return f
