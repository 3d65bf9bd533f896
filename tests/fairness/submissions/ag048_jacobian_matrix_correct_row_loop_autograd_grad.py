import torch


def jacobian_matrix(x):
    xx = x.detach().clone().requires_grad_(True)
    with torch.enable_grad():
        f = xx * xx * xx.sum()
        rows = []
        for i in range(f.shape[0]):
            (row,) = torch.autograd.grad(f[i], xx, retain_graph=True)
            rows.append(row)
    return torch.stack(rows)
