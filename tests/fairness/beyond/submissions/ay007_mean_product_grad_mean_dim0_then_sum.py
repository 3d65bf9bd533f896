"""One mistake: reduces with .mean(dim=0).sum() (mean over rows, then sum over columns), which is
not the mean over all elements for 2-D inputs; the gradient is off by the number of columns."""
import torch


def mean_product_grad(t1, t2):
    prod = t1 * t2
    out = prod.mean(dim=0).sum()   # average over the batch of rows
    out.backward()
    return out
