import torch


def square_chain(x):
    y = x + 2
    z = y.mul(y)
    z.mul_(2)
    out = z.mean()
    out.backward(gradient=torch.ones_like(out))
    return (y, z, out)
