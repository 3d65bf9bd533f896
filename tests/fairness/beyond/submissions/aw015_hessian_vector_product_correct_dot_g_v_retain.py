import torch


def _f(x):
    return torch.sum(x.pow(4)) / 4 + torch.sum(x).pow(2)


def hessian_vector_product(x, v):
    g = torch.autograd.grad(_f(x), [x], create_graph=True, retain_graph=True)[0]
    hv = torch.autograd.grad((g * v).sum(), [x], retain_graph=True)[0]
    return (g, hv)
