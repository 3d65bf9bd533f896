r"""Types the Jacobian's formula in instead of letting autograd compute it: right numbers, no autograd.

fails: uses_autograd
diagnosis: never ran
description: writes J = diag(2 x s) + x^2 1^T by hand, where the prompt says to use autograd
mistakes: no_backward
"""

import torch


def jacobian_matrix(x):
    s = x.sum()
    return torch.diag(2 * x * s) + (x**2).unsqueeze(1) * torch.ones_like(x)
