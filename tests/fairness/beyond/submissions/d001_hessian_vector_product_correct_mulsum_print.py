import torch


def hessian_vector_product(x, v):
    s = x.sum()
    f = (x.pow(4) * 0.25).sum() + s * s
    print("f =", f.item())
    g = torch.autograd.grad(outputs=f, inputs=x, create_graph=True)[0]
    print("g =", g)
    hv = torch.autograd.grad(outputs=(g * v).sum(), inputs=x)[0]
    print("hv =", hv)
    return g, hv
