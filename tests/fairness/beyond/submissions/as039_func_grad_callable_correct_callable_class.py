import torch


class _GradOfF:
    def __init__(self, a):
        self.a = a

    def __call__(self, x):
        xc = x.detach().clone().requires_grad_(True)
        f = (torch.sin(self.a * xc) + self.a / 2 * xc ** 2).sum()
        (g,) = torch.autograd.grad(f, xc)
        return g


def make_grad(a):
    return _GradOfF(a)
