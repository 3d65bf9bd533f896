import torch
from torch.func import grad, jacfwd


def logsumexp_hessian(x):
    def f(t):
        return torch.log(torch.exp(t).sum())
    return jacfwd(grad(f))(x)
