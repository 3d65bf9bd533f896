"""One mistake: returns g.detach(), so the returned gradient is off the graph (requires_grad False) even
though it was computed with create_graph=True; hv is right."""
import torch


def hessian_vector_product(x, v):
    f = 0.25 * torch.sum(x ** 4) + torch.sum(x) ** 2
    g = torch.autograd.grad(f, x, create_graph=True)[0]
    hv = torch.autograd.grad(g, x, grad_outputs=v)[0]
    return g.detach(), hv
