import torch
import numpy as np


def mean_product_grad(t1, t2):
    prod = t1 * t2
    out = prod.mean()
    out.backward()
    n = t1.numel()
    expected = t2.detach().numpy() / n
    print("matches t2/n:", np.allclose(t1.grad.numpy(), expected))
    return out
