import torch
from torch.func import jvp


def jacobian_matrix(x):
    f = lambda v: v * v * v.sum()
    n = x.shape[0]
    cols = []
    for j in range(n):
        e = torch.zeros_like(x)
        e[j] = 1.0
        _, col = jvp(f, (x,), (e,))  # J @ e_j is column j
        cols.append(col)
    return torch.stack(cols, dim=1)
