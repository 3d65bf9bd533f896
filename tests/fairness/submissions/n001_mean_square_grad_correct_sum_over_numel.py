import torch


def mean_square_grad(x):
    # mean over all elements = sum / number of elements
    terms = 3 * (x + 2) ** 2
    out = terms.sum() / x.numel()
    out.backward()
    return out
