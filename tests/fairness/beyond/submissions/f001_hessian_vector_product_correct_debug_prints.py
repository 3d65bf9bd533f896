import torch


def hessian_vector_product(x, v):
    quartic = 0.25 * torch.sum(torch.pow(x, 4))
    s = torch.sum(x)
    f = quartic + s * s
    print("f =", f.item())
    g, = torch.autograd.grad(f, (x,), create_graph=True)
    print("g =", g, "requires_grad:", g.requires_grad)
    hv, = torch.autograd.grad(g, (x,), v, retain_graph=True)
    print("Hv =", hv)
    return g, hv
