"""The transpose: column i holds the gradient of f_i.

fails: jacobian, jacobian_hidden
diagnosis: jac
description: puts d f_j / d x_i at [i, j], the transpose of the Jacobian
mistakes: order, operation, shape
"""

import torch


def jacobian_matrix(x):
    return torch.autograd.functional.jacobian(lambda t: t**2 * t.sum(), x).T
