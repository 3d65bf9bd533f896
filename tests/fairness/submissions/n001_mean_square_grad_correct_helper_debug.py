import torch


def _f(t):
    y = t + 2
    return 3 * y * y


def mean_square_grad(x):
    z = _f(x)
    out = z.mean()
    print("out =", out.item())
    out.backward()
    print("x.grad =", x.grad)
    return out
