import torch


def _cubed_gap(x):
    y = x + 2
    return 3 * y * y


def unreduced_backward(x):
    z = _cubed_gap(x)
    torch.Tensor.backward(z)
    return z
