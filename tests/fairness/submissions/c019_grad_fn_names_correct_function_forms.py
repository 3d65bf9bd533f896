import torch
from torch import nn


def six_graph_nodes(a, b):
    prod = torch.mul(a, b)
    avg = torch.mean(prod)
    added = torch.add(a, b)
    squared = torch.square(a)
    total = torch.sum(torch.add(a, b))
    mse = nn.MSELoss()(a, b)
    return (prod, avg, added, squared, total, mse)
