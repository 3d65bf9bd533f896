import torch


def hessian_vector_product(x, v):
    f = 0.25 * (x ** 4).sum() + x.sum() ** 2
    (g,) = torch.autograd.grad(f, x, create_graph=True)
    rows = []
    for i in range(x.shape[0]):
        (row,) = torch.autograd.grad(g[i], x, retain_graph=True)
        rows.append(row)
    H = torch.stack(rows)
    hv = H @ v
    return g, hv
