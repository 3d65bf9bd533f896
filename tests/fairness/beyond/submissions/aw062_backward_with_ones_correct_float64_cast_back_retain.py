import torch


def quadratic_backward_ones(x):
    xd = x.double()
    f = (2 * xd * xd + 5 * xd + 6).to(x.dtype)
    f.backward(gradient=torch.ones_like(f), retain_graph=True)
    return f
