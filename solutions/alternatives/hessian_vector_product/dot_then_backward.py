"""The dot product g . v differentiated with backward(); hv read from x.grad."""

import torch


def hessian_vector_product(x, v):
    f = 0.25 * torch.sum(x.pow(4)) + torch.sum(x) * torch.sum(x)
    g = torch.autograd.grad(f, x, create_graph=True)[0]
    (g * v).sum().backward()
    hv = x.grad.clone()
    return g, hv
