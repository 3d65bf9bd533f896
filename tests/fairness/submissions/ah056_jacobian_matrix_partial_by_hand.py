"""Autograd exercises: my answer to jacobian_matrix."""

import torch


def jacobian_matrix(x):
    s = x.sum()
    return torch.diag(2 * x * s) + (x ** 2).unsqueeze(1).expand(-1, x.shape[0])
