"""mean_product_grad: count pairs."""

import torch


def mean_product_grad(t1, t2):
    pairs = list(zip(t1.detach().flatten().tolist(), t2.flatten().tolist()))
    for a, b in pairs:
        print(f"{a} * {b}")
    return torch.tensor(float(len(pairs)))
