"""One mistake: position 5 writes the mean squared error out by hand, ((a - b) ** 2).mean(), whose
grad_fn is MeanBackward0 instead of MseLossBackward0; the other five are right."""
import torch


def six_graph_nodes(a, b):
    prod = a * b
    prod_mean = prod.mean()
    total = a + b
    squared = a ** 2
    summed = (a + b).sum()
    mse = ((a - b) ** 2).mean()
    return prod, prod_mean, total, squared, summed, mse
