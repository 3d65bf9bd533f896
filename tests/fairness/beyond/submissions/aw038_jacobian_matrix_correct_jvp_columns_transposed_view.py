import torch


def jacobian_matrix(x):
    f = lambda t: torch.square(t) * t.sum()
    n = x.shape[0]
    cols = []
    for j in range(n):
        e = torch.zeros_like(x)
        e[j] = 1.0
        _, col = torch.func.jvp(f, (x,), (e,))  # forward mode: column j of J
        cols.append(col)
    return torch.stack(cols).T  # a non-contiguous view: row i holds d f_i / d x_j
