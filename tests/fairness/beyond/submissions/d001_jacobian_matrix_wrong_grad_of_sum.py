import torch


def jacobian_matrix(x):
    xx = x.clone().requires_grad_(True)
    y = xx ** 2 * xx.sum()
    return torch.autograd.grad(y.sum(), xx)[0]
