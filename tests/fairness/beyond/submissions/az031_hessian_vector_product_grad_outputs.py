"""Right answer: f in a helper, g from torch.autograd.grad with create_graph=True, hv from a second
torch.autograd.grad with grad_outputs=v; shape check on v."""
import torch


def _f(x):
    return 0.25 * (x ** 4).sum() + x.sum() ** 2


def hessian_vector_product(x, v):
    if v.shape != x.shape:
        raise ValueError("v must have the shape of x")
    (g,) = torch.autograd.grad(_f(x), x, create_graph=True)
    (hv,) = torch.autograd.grad(g, x, grad_outputs=v)
    return g, hv
