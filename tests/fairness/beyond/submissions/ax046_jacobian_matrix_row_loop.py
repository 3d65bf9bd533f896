"""jacobian_matrix: correct; one torch.autograd.grad per row on a tracked copy of x, rows stacked."""
import torch


def jacobian_matrix(x):
    xx = x.detach().clone().requires_grad_(True)
    f = xx ** 2 * xx.sum()
    rows = []
    for i in range(f.shape[0]):
        (row,) = torch.autograd.grad(f[i], xx, retain_graph=True)
        rows.append(row)
    return torch.stack(rows)
