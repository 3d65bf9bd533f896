import torch
from torch import nn


def six_graph_nodes(a, b):
    """Six tensors whose grad_fn names are Mul, Mean, Add, Pow, Sum, MseLoss."""
    criterion = nn.MSELoss()
    prod = torch.mul(a, b)
    return (
        prod,
        torch.mean(prod),
        torch.add(a, b),
        torch.pow(a, 2),
        torch.sum(torch.add(a, b)),
        criterion(a, b),
    )
