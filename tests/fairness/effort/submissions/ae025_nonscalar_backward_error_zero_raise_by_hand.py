import torch


def unreduced_backward(x):
    z = 3 * (x + 2) ** 2
    if z.numel() > 1:
        raise RuntimeError("grad can be implicitly created only for scalar outputs")
    x.grad = 6 * (x.detach() + 2)
    return z
