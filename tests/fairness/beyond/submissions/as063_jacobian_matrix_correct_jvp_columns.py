import torch
from torch.func import jvp


def jacobian_matrix(x):
    def f(t):
        return t ** 2 * t.sum()
    n = x.shape[0]
    cols = []
    for j in range(n):
        e = torch.zeros_like(x)
        e[j] = 1.0
        _, col = jvp(f, (x,), (e,))
        cols.append(col)
    return torch.stack(cols, dim=1)
