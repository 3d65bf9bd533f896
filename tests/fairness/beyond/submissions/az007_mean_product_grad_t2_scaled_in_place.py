"""One mistake: divides t2 by n in place (t2 /= n) to turn the sum into a mean, which changes the
caller's t2; out and t1.grad are right."""
import torch


def mean_product_grad(t1, t2):
    n = t1.numel()
    t2 /= n                       # in place: the caller's t2 changes
    out = (t1 * t2).sum()
    out.backward()
    return out
