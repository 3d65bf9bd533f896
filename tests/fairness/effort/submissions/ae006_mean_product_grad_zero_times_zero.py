import torch


def mean_product_grad(t1, t2):
    prod = t1 * t2 * 0
    out = prod.mean()
    out.backward()
    return out
