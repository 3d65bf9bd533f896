import torch


def hessian_vector_product(x, v):
    def f(t):
        return torch.sum(torch.pow(t, 4)) / 4 + torch.sum(t) ** 2
    g = torch.autograd.grad(f(x), [x], create_graph=True)[0]
    hv = torch.autograd.grad(g, [x], grad_outputs=v, retain_graph=True)[0]
    return (g, hv)
