import torch
from torch.autograd.functional import jacobian


def jacobian_matrix(x):
    flat = x.reshape(-1)
    return jacobian(lambda t: t ** 2 * t.sum(), flat, vectorize=True)
