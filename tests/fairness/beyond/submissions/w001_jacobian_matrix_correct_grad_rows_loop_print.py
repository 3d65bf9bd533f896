import torch


def jacobian_matrix(x):
    xr = x.detach().clone().requires_grad_(True)
    y = xr ** 2 * xr.sum()
    J = torch.empty(len(x), len(x), dtype=x.dtype)
    for i in range(len(x)):
        (J[i],) = torch.autograd.grad(y[i], xr, retain_graph=True)
        print(f"row {i}: {J[i].tolist()}")
    return J
