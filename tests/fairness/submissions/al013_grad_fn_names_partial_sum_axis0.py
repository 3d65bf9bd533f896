"""Autograd exercises: my answer for `grad_fn_names`."""

import torch


def six_graph_nodes(a, b):
    prod = a * b
    mean = prod.mean()
    add = a + b
    sq = a ** 2
    total = (a + b).sum(dim=0)
    mse = torch.nn.functional.mse_loss(a, b)
    return (prod, mean, add, sq, total, mse)
