import torch


def six_graph_nodes(a, b):
    prod = a * b
    mean_prod = prod.mean()
    total = a + b
    sq = a ** 2
    s = total.sum()
    return (prod, mean_prod, total, sq, s)
