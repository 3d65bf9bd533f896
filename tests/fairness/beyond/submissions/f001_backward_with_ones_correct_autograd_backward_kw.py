import torch


def quadratic_backward_ones(x):
    f = 2 * x.pow(2) + 5 * x + 6
    torch.autograd.backward(f, grad_tensors=torch.ones(f.shape, dtype=f.dtype))
    return f
