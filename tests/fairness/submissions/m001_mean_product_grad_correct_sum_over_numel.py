import torch


def mean_product_grad(t1, t2):
    # mean = sum / number of elements
    n = t1.numel()
    out = (t1 * t2).sum() / n
    out.backward()
    return out
