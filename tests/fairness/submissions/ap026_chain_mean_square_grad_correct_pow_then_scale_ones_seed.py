import torch


def square_chain(x):
    y = x + 2
    z = 2 * y ** 2
    out = z.mean()
    out.backward(torch.ones_like(out))
    return y, z, out
