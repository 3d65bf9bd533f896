"""The sum taken as a constant (detached): only the diagonal 2 x_i s survives."""

import torch


def jacobian_matrix(x):
    return torch.autograd.functional.jacobian(lambda t: t**2 * t.sum().detach(), x)
