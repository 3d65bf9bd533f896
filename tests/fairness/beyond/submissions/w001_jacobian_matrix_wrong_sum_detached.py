import torch


def jacobian_matrix(x):
    def f(v):
        s = v.sum().detach()  # the sum is just a number here
        return v ** 2 * s

    return torch.autograd.functional.jacobian(f, x)
