import torch


def f_of(x):
    return torch.sum(x ** 4) / 4.0 + torch.sum(x) ** 2


def hessian_vector_product(x, v):
    out = f_of(x)
    grads = torch.autograd.grad(outputs=out, inputs=[x], create_graph=True)
    g = grads[0]
    gv = (g * v).sum()
    hv = torch.autograd.grad(outputs=gv, inputs=[x])[0]
    return (g, hv)
