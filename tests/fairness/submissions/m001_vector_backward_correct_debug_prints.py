import torch


def vector_backward(x, v):
    print("x", x.shape, "v", v.shape)
    z = 3 * (x + 2) ** 2
    print("z =", z)
    assert z.shape == x.shape
    z.backward(v)
    print("x.grad =", x.grad)
    print("by hand  =", 6 * (x.detach() + 2) * v)
    return z
