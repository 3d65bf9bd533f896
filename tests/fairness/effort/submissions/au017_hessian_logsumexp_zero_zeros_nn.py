import torch


def logsumexp_hessian(x):
    n = x.shape[0]
    return torch.zeros(n, n)
