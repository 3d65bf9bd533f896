import torch


def six_graph_nodes(a, b):
    prod = a * b
    mean_prod = prod.mean()
    s = a + b
    sq = a ** 2
    total = s.sum()
    mse = ((a - b) ** 2).mean()
    return prod, mean_prod, s, sq, total, mse
