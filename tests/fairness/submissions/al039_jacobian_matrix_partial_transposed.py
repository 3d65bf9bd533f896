"""Autograd exercises: my answer for `jacobian_matrix`."""

import torch


def jacobian_matrix(x):
    def f(t):
        return t ** 2 * t.sum()
    J = torch.autograd.functional.jacobian(f, x)
    return J.T
