import torch


def logsumexp_hessian(x):
    xb = x.unsqueeze(0)  # a batch of one
    f = lambda t: torch.logsumexp(t, dim=1).sum()
    return torch.autograd.functional.hessian(f, xb)
