import torch


def unreduced_backward(x):
    y = x + 2
    z = 3 * y * y
    print("z has", z.numel(), "element(s), shape", tuple(z.shape))
    z.backward()  # fails by itself when z has more than one element
    print("x.grad =", x.grad)
    return z
