import torch
import torch.nn.functional as F


def six_graph_nodes(a, b):
    # every node written as a pure function call, numpy-style
    prod = torch.mul(a, b)
    avg = torch.mean(prod)
    added = torch.add(a, b)
    squared = torch.pow(a, 2)
    total = torch.sum(torch.add(a, b))
    mse = F.mse_loss(a, b)
    return prod, avg, added, squared, total, mse
