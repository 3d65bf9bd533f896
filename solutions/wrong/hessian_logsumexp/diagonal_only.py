"""diag(p) alone: the -p p^T term is missing.

fails: hessian, hessian_hidden
diagnosis: hessian
description: keeps only the diagonal, diag(p), dropping the outer product
"""

import torch


def logsumexp_hessian(x):
    return torch.diag(torch.softmax(x, 0))
