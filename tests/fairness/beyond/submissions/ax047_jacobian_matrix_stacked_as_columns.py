"""jacobian_matrix: row gradients stacked along dim=1 (mistake: returns the transpose J^T)."""
import torch


def jacobian_matrix(x):
    xx = x.clone().requires_grad_()
    f = xx ** 2 * xx.sum()
    rows = [torch.autograd.grad(f[i], xx, retain_graph=True)[0] for i in range(len(f))]
    return torch.stack(rows, dim=1)
