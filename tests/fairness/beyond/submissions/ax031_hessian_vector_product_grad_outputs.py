"""hessian_vector_product: correct; torch.autograd.grad with create_graph=True, then grad of g with grad_outputs=v."""
import torch


def hessian_vector_product(x, v):
    f = 0.25 * (x ** 4).sum() + x.sum() ** 2
    (g,) = torch.autograd.grad(f, x, create_graph=True)
    (hv,) = torch.autograd.grad(g, x, grad_outputs=v)
    return g, hv
