import torch


def _shift(t):
    return t + 2


def _double_square(t):
    return torch.mul(t * t, 2)


def square_chain(x):
    y = _shift(x)
    z = _double_square(y)
    out = z.mean()
    print("y:", y.grad_fn, "z:", z.grad_fn, "out:", out.grad_fn)
    out.backward()
    print("x.grad =", x.grad)
    return (y, z, out)
