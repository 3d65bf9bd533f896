import torch


def jacobian_matrix(x):
    def f(t):
        return t * 2 * torch.sum(t)
    return torch.func.jacrev(f)(x)
