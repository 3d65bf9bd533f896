import torch


def mean_product_grad(t1, t2):
    # inner product over every axis, divided by the number of elements
    n = t1.numel()
    out = torch.einsum('...,...->', t1, t2) / n
    out.backward()
    return out
