import torch


def jacobian_matrix(x):
    xr = x.detach().requires_grad_()
    y = xr.square() * xr.sum()
    eye = torch.eye(y.numel(), dtype=y.dtype)
    (J,) = torch.autograd.grad(y, xr, grad_outputs=eye, is_grads_batched=True)
    return J
