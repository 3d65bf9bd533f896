import torch


def quadratic_backward_ones(x):
    f = x * (2 * x + 5) + 6
    torch.autograd.backward(f, grad_tensors=torch.ones(f.shape, dtype=f.dtype, device=f.device))
    return f
