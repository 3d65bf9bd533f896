import torch


def jacobian_matrix(x):
    xx = x.detach().clone().requires_grad_(True)
    y = xx ** 2 * xx.sum()
    rows = []
    for i in range(y.shape[0]):
        gi, = torch.autograd.grad(y[i], xx, retain_graph=True)
        rows.append(gi)
    return torch.stack(rows)
