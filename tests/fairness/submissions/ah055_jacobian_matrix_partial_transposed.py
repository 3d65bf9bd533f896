"""Autograd exercises: my answer to jacobian_matrix."""

import torch


def jacobian_matrix(x):
    def f(u):
        return u ** 2 * u.sum()
    return torch.autograd.functional.jacobian(f, x).T
