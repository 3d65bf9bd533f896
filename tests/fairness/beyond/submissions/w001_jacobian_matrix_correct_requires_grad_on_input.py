import torch


def jacobian_matrix(x):
    x.requires_grad_(True)
    y = x ** 2 * x.sum()
    rows = [torch.autograd.grad(y[i], x, retain_graph=True)[0] for i in range(y.shape[0])]
    return torch.stack(rows)
