"""Autograd exercises: my answer to mean_product_grad."""

import torch


def mean_product_grad(t1, t2):
    t2 /= t2.numel()
    out = (t1 * t2).sum()
    out.backward()
    return out
