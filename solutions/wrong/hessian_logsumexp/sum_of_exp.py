"""The log is forgotten: the Hessian of sum(exp(x)).

fails: hessian, hessian_hidden
diagnosis: hessian
description: differentiates sum(exp(x)) twice, forgetting the log
mistakes: operation
"""

import torch


def logsumexp_hessian(x):
    return torch.autograd.functional.hessian(lambda t: torch.exp(t).sum(), x)
