import torch


class _Grad:
    def __init__(self, a):
        self.a = a

    def __call__(self, x):
        xc = x.detach().clone().requires_grad_(True)
        with torch.enable_grad():
            f = (torch.sin(self.a * xc) + 0.5 * self.a * xc * xc).sum()
            (g,) = torch.autograd.grad(f, xc)
        return g


def make_grad(a):
    return _Grad(a)
