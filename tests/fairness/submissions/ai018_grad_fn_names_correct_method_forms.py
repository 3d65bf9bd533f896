"""Answer to grad_fn_names (method_forms)."""

import torch

def six_graph_nodes(a, b):
    prod = b * a
    mean = torch.mean(prod)
    added = torch.add(b, a)
    squared = a.square()
    total = torch.sum(b + a)
    mse = torch.nn.MSELoss()(a, b)
    return (prod, mean, added, squared, total, mse)
