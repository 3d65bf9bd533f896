import torch


def linear_partials(x, w, b):
    """y = x*w + b; one backward fills all three partials."""
    y = x * w + b
    torch.autograd.backward(y)
    for name, t in (("dy/dx", x), ("dy/dw", w), ("dy/db", b)):
        print(name, t.grad)
    return y
