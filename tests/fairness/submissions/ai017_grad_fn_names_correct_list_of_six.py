"""Answer to grad_fn_names (list_of_six)."""

import torch

def six_graph_nodes(a, b):
    prod = a * b
    mean = prod.mean()
    added = a + b
    squared = a ** 2
    total = (a + b).sum()
    mse = torch.nn.functional.mse_loss(a, b)
    return [prod, mean, added, squared, total, mse]
