import torch


def jacobian_matrix(x):
    # J_ij = 2 x_i s [i == j] + x_i^2, with s = sum_j x_j
    s = x.sum()
    n = x.shape[0]
    return torch.diag(2 * x * s) + (x ** 2).unsqueeze(1).expand(n, n)
