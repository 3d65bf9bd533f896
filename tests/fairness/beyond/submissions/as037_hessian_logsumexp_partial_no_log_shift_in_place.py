import torch


def logsumexp_hessian(x):
    x.sub_(x.max())
    return torch.func.hessian(lambda t: t.exp().sum())(x)
