import torch
import torch.nn.functional as F


def six_graph_nodes(a, b, reduction="mean"):
    prod = a * b
    total = a + b
    return (prod, prod.mean(), total, a.pow(2), total.sum(), F.mse_loss(a, b, reduction=reduction))
