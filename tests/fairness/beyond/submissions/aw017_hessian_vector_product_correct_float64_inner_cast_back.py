import torch


def hessian_vector_product(x, v):
    xd = x.double()
    f = (0.25 * xd.pow(4).sum() + xd.sum().pow(2)).to(x.dtype)
    g = torch.autograd.grad(outputs=f, inputs=x, create_graph=True)[0]
    hv = torch.autograd.grad(outputs=g, inputs=x, grad_outputs=v.clone())[0]
    return g, hv
