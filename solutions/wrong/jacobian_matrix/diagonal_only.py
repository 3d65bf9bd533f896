"""The sum taken as a constant (detached): only the diagonal 2 x_i s survives.

fails: jacobian, jacobian_hidden
diagnosis: jac
description: treats the sum as a constant, so only the diagonal 2 x_i s is left
"""

import torch


def jacobian_matrix(x):
    return torch.autograd.functional.jacobian(lambda t: t**2 * t.sum().detach(), x)
