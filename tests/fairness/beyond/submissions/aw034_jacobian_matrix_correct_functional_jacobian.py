import torch


def jacobian_matrix(x):
    def f(t):
        return t ** 2 * t.sum()

    return torch.autograd.functional.jacobian(f, x)
