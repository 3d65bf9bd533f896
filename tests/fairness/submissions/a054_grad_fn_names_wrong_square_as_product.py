import torch
import torch.nn.functional as F


def six_graph_nodes(a, b):
    prod = a * b
    mean_prod = prod.mean()
    total = a + b
    sq = a * a
    s = total.sum()
    mse = F.mse_loss(a, b)
    return (prod, mean_prod, total, sq, s, mse)
