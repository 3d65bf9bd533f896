import torch


def mean_square_grad(x):
    out = (3 * (x + 2) ** 2).mean()
    (g,) = torch.autograd.grad(out, x, retain_graph=True)
    x.grad = g
    return out
