import torch


def quadratic_backward_ones(x):
    f = torch.addcmul(5 * x + 6, x, x, value=2.0)
    torch.autograd.backward(f, grad_tensors=torch.full_like(f, 1.0))
    return f
