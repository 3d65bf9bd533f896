import torch

def mean_square_grad(x):
    out = x.add(2).pow(2).mul(3).mean()
    torch.autograd.backward(out)
    return out
