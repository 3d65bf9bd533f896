import torch


def jacobian_matrix(x):
    xr = x.detach().clone().requires_grad_(True)
    y = xr ** 2 * xr.sum()
    J = []
    for i in range(len(y)):
        y[i].backward(retain_graph=True)
        J.append(xr.grad.clone())
    return torch.stack(J)
