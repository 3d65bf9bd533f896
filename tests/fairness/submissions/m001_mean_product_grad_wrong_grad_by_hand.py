import torch


def mean_product_grad(t1, t2):
    out = (t1 * t2).mean()
    t1.grad = t2 / t2.numel()
    return out
