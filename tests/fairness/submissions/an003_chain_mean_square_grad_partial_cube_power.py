import torch

def square_chain(x):
    y = x + 2
    z = 2 * y ** 3
    out = z.mean()
    out.backward()
    return y, z, out
