"""Answer to mean_product_grad (dot_flatten)."""

import torch

def mean_product_grad(t1, t2):
    out = torch.dot(t1.reshape(-1), t2.reshape(-1)) / t1.numel()
    out.backward()
    return out
