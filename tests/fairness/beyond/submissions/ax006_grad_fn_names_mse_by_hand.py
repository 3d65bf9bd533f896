"""grad_fn_names: position 5 written as ((a - b) ** 2).mean() (mistake: MeanBackward0, not MseLossBackward0); the rest right."""
import torch


def six_graph_nodes(a, b):
    prod = a * b
    mean = prod.mean()
    added = a + b
    squared = a ** 2
    total = (a + b).sum()
    mse = ((a - b) ** 2).mean()
    return prod, mean, added, squared, total, mse
