import torch


from torch.func import hessian

def logsumexp_hessian(x):
    def f(t):
        return torch.log(torch.exp(t).sum())
    return hessian(f)(x)
