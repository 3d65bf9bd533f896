import torch


def make_grad(a):
    def g(x):
        return torch.ones_like(x)
    return g
