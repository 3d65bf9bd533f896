import torch
import torch.nn.functional as F


def six_graph_nodes(a, b):
    prod = a * b
    avg = prod.mean()
    added = a + b
    squared = a * a          # a squared, element by element
    total = (a + b).sum()
    mse = F.mse_loss(a, b)
    return (prod, avg, added, squared, total, mse)
