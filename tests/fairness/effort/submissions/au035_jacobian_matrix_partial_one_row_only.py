import torch


def jacobian_matrix(x):
    n = x.shape[0]
    xx = x.detach().clone().requires_grad_(True)
    f = xx ** 2 * xx.sum()
    J = torch.zeros(n, n)
    for i in range(1):  # TODO: all rows
        row, = torch.autograd.grad(f[i], xx, retain_graph=True)
        J[i] = row
    return J
