"""Tensor methods and torch.square, collected in a list, printed, then returned as a tuple."""

import torch
import torch.nn.functional as F


def six_graph_nodes(a, b):
    added = a.add(b)
    results = [a.mul(b), a.mul(b).mean(), added, torch.square(a), added.sum(), F.mse_loss(a, b)]
    for i, r in enumerate(results):
        print(i, type(r.grad_fn).__name__)
    return tuple(results)
