import torch


def unreduced_backward(x):
    """z = 3 (x + 2)^2 element-wise; z.backward() only works if z has one element."""
    z = 3 * torch.pow(x + 2, 2)
    z.backward()  # RuntimeError for more than one element, on purpose
    return z
