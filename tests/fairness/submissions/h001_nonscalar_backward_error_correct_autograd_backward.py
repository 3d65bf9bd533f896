import torch

def unreduced_backward(x):
    y = x.add(2)
    z = y.square().mul(3)
    torch.autograd.backward(z)
    return z
