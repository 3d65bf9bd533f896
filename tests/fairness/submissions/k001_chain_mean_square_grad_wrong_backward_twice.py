import torch


def square_chain(x):
    y = x + 2
    z = y * y * 2
    out = z.mean()
    out.backward(retain_graph=True)
    print("grad after first pass:", x.grad)
    out.backward()
    return (y, z, out)
