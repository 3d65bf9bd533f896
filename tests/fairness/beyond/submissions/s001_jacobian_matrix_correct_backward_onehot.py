import torch


def jacobian_matrix(x):
    n = x.shape[0]
    xr = x.clone().detach().requires_grad_()
    J = torch.empty(n, n, dtype=x.dtype)
    for i in range(n):
        y = xr ** 2 * xr.sum()           # rebuild the graph each row
        e = torch.zeros(n, dtype=x.dtype)
        e[i] = 1.0
        y.backward(e)
        J[i, :] = xr.grad
        xr.grad.zero_()
        print(f"row {i}:", J[i])
    return J
