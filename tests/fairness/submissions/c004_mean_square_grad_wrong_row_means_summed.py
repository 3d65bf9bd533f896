import torch


def mean_square_grad(x):
    vals = 3 * (x + 2) ** 2
    # mean along the last axis, then add the rows up
    out = vals.mean(dim=-1).sum()
    out.backward()
    return out
