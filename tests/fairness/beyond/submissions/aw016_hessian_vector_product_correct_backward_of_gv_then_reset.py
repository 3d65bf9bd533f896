import torch


def hessian_vector_product(x, v):
    with torch.enable_grad():
        f = 0.25 * (x ** 4).sum() + x.sum() ** 2
        g = torch.autograd.grad(f, x, create_graph=True)[0]
        torch.dot(g, v).backward()
    hv = x.grad.clone()
    x.grad = None
    return g, hv
