import torch


def six_graph_nodes(a, b):
    prod = a * b
    mean_prod = prod.mean()
    added = a + b
    squared = a * a
    total = (a + b).sum()
    mse = ((a - b) ** 2).mean()
    return (prod, mean_prod, added, squared, total, mse)
