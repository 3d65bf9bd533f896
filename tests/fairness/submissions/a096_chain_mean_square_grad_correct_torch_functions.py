import torch


def square_chain(x):
    y = torch.add(x, 2)
    z = 2 * y * y
    out = torch.mean(z)
    out.backward()
    return (y, z, out)
