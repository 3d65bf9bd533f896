import torch


def hessian_vector_product(x, v):
    f = 0.25 * (x ** 4).sum() + x.sum() ** 2
    g = torch.autograd.grad(f, x, create_graph=True)[0]
    H = torch.zeros(3, 3)
    for i in range(3):
        H[i] = torch.autograd.grad(g[i], x, retain_graph=True)[0]
    hv = H @ v
    return g, hv
