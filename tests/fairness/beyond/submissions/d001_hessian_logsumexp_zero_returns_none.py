import torch


def logsumexp_hessian(x):
    pass
