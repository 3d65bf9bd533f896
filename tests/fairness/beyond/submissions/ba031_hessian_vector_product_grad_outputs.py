"""Right answer: g from torch.autograd.grad with create_graph=True, then hv from a second
torch.autograd.grad with grad_outputs=v."""
import torch


def _f(x):
    return 0.25 * torch.sum(x ** 4) + torch.sum(x) ** 2


def hessian_vector_product(x, v):
    with torch.enable_grad():
        f = _f(x)
        (g,) = torch.autograd.grad(f, x, create_graph=True)
        (hv,) = torch.autograd.grad(g, x, grad_outputs=v.to(dtype=g.dtype))
    return g, hv
