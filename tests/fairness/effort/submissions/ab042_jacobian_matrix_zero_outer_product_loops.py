"""jacobian_matrix: outer product loops."""

import torch


def jacobian_matrix(x):
    n = x.shape[0]
    jac = torch.zeros(n, n, dtype=x.dtype)
    for i in range(n):
        for j in range(n):
            jac[i, j] = x[i] * x[j]
    return jac
