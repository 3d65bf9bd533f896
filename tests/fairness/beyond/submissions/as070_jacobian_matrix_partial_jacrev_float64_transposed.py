import torch


def jacobian_matrix(x):
    f = lambda t: t ** 2 * t.sum()
    J = torch.func.jacrev(f)(x.double())
    return J.T
