import torch


def mean_product_grad(t1, t2):
    n = t2.numel()
    t2 /= n  # divide by n first, then the sum is the mean
    out = (t1 * t2).sum()
    out.backward()
    return out
