import torch


def make_grad(a):
    def g(x):
        xc = x.detach().to(torch.float32).requires_grad_(True)
        f = (torch.sin(a * xc) + xc ** 2 / 2).sum()
        f.backward()
        return xc.grad
    return g
