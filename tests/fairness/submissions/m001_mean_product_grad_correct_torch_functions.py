import torch


def mean_product_grad(t1, t2):
    prod = torch.mul(t1, t2)
    out = torch.mean(prod)
    torch.autograd.backward(out)
    return out
