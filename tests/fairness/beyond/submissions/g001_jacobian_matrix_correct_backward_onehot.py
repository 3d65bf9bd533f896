import torch


def jacobian_matrix(x):
    n = x.shape[0]
    J = torch.empty(n, n, dtype=x.dtype)
    for i in range(n):
        xr = x.clone().requires_grad_()      # fresh leaf: x.grad starts at None each row
        y = xr.pow(2) * xr.sum()
        v = torch.zeros_like(y)
        v[i] = 1.0
        y.backward(v)                       # v^T J = row i of J
        J[i] = xr.grad
    return J
