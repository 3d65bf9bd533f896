"""Half done, right computation in the wrong form: the Jacobian is computed right with one
torch.autograd.grad per row, but returned as a nested Python list (J.tolist()) instead of a tensor."""
import torch


def jacobian_matrix(x):
    xr = x.detach().clone().requires_grad_(True)
    f = xr ** 2 * xr.sum()
    rows = []
    for i in range(f.shape[0]):
        (gi,) = torch.autograd.grad(f[i], xr, retain_graph=True)
        rows.append(gi)
    J = torch.stack(rows)
    return J.tolist()
