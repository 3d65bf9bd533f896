import torch


def hessian_vector_product(x, v):
    quartic = 0.25 * torch.sum(x ** 4)
    square = torch.sum(x) ** 2
    f = quartic + square
    print("f =", f.item())
    grads = torch.autograd.grad(outputs=f, inputs=[x], create_graph=True)
    g = grads[0]
    print("g =", g)
    hv = torch.autograd.grad(outputs=(g * v).sum(), inputs=[x], retain_graph=True)[0]
    print("Hv =", hv)
    return (g, hv.detach())
