import torch


def square_chain(x):
    y = x.add(2)
    z = y.pow(2).mul(2)
    out = z.mean()
    torch.autograd.backward(out)
    return (y, z, out)
