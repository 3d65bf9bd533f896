"""grad_fn_names: mse by hand."""

import torch


def six_graph_nodes(a, b):
    prod = a * b
    return prod, prod.mean(), a + b, a ** 2, (a + b).sum(), ((a - b) ** 2).mean()
