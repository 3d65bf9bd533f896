"""diag(p) alone: the -p p^T term is missing.

fails: hessian, hessian_hidden
diagnosis: hessian
description: computes only diag(p) by hand, dropping the -p p^T term, instead of letting autograd find the Hessian
mistakes: operation, no_backward
"""

import torch


def logsumexp_hessian(x):
    return torch.diag(torch.softmax(x, 0))
