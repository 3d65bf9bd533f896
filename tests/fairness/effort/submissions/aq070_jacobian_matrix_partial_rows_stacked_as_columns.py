import torch


def jacobian_matrix(x):
    x = x.detach().clone().requires_grad_()
    f = x ** 2 * x.sum()
    rows = []
    for i in range(f.shape[0]):
        g, = torch.autograd.grad(f[i], x, retain_graph=True)
        rows.append(g)
    return torch.stack(rows, dim=1)
