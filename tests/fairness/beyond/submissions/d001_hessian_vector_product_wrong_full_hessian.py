import torch


def hessian_vector_product(x, v):
    def f(t):
        return 0.25 * (t ** 4).sum() + t.sum() ** 2
    g, = torch.autograd.grad(f(x), x, create_graph=True)
    Hm = torch.autograd.functional.hessian(f, x.detach())
    hv = Hm @ v
    return g, hv
