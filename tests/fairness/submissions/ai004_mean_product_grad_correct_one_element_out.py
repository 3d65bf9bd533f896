"""Answer to mean_product_grad (one_element_out)."""

import torch

def mean_product_grad(t1, t2):
    out = (t1 * t2).mean().reshape(1)   # a one-element tensor
    out.backward()
    return out
