"""Without create_graph=True the gradient is off the graph, and differentiating it again raises."""

import torch


def hessian_vector_product(x, v):
    f = (x**4).sum() / 4 + x.sum() ** 2
    (g,) = torch.autograd.grad(f, x)
    (hv,) = torch.autograd.grad(g, x, grad_outputs=v)
    return g, hv
