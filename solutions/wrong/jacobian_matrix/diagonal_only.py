"""The sum taken as a constant (detached): only the diagonal 2 x_i s survives.

fails: jacobian, jacobian_hidden
diagnosis: jac
description: detaches the sum, so autograd treats it as a constant and only the diagonal terms 2 x_i sum(x) are left
mistakes: broken_graph
"""

import torch


def jacobian_matrix(x):
    return torch.autograd.functional.jacobian(lambda t: t**2 * t.sum().detach(), x)
