import torch


def jacobian_matrix(x):
    x.requires_grad_(True)
    y = x ** 2 * x.sum()
    J = []
    for i in range(len(y)):
        g, = torch.autograd.grad(y[i], x, retain_graph=True)
        J.append(g)
    return torch.stack(J)
