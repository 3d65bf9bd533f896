import torch
import torch.nn.functional as F


def six_graph_nodes(a, b):
    prod = a * b
    avg = prod.mean()
    added = a + b
    squared = a ** 2
    # total of all entries of a + b = total of a plus total of b
    total = a.sum() + b.sum()
    mse = F.mse_loss(a, b)
    return (prod, avg, added, squared, total, mse)
