"""hessian_logsumexp: returns the closed form diag(p) - p p^T without autograd (mistake: the prompt asks autograd to find it)."""
import torch


def logsumexp_hessian(x):
    p = torch.softmax(x, dim=0)
    return torch.diag(p) - torch.outer(p, p)
