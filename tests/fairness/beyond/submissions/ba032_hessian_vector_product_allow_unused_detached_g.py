"""One mistake: differentiates a detached copy of g, and allow_unused=True hides the cut graph, so
hv comes back as None (g itself is right and on the graph)."""
import torch


def hessian_vector_product(x, v):
    f = 0.25 * (x ** 4).sum() + x.sum() ** 2
    g = torch.autograd.grad(f, x, create_graph=True)[0]
    g_leaf = g.detach().requires_grad_()
    hv = torch.autograd.grad((g_leaf * v).sum(), x, allow_unused=True)[0]
    return g, hv
