import torch


def jacobian_matrix(x):
    n = x.shape[0]
    return torch.ones(n, n)
