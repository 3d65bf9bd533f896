import torch
import torch.nn.functional as F


def six_graph_nodes(a, b):
    prod = a * b
    avg = prod.mean()
    added = a + b
    squared = a ** 2
    total = added.sum()
    # squared error between a and b
    mse = F.mse_loss(a, b, reduction="sum")
    return (prod, avg, added, squared, total, mse)
