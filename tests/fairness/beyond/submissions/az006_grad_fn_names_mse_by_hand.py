"""One mistake: the mean squared error (position 5) is written out by hand as ((a - b) ** 2).mean(),
so its grad_fn is MeanBackward0 instead of MseLossBackward0; the other five are right."""
import torch


def six_graph_nodes(a, b):
    prod = a * b
    mean_prod = prod.mean()
    added = a + b
    squared = a ** 2
    total = (a + b).sum()
    mse = ((a - b) ** 2).mean()
    return prod, mean_prod, added, squared, total, mse
