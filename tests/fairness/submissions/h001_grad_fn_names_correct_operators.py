import torch
import torch.nn as nn
import torch.nn.functional as F

def six_graph_nodes(a, b):
    prod = a * b
    mean = prod.mean()
    add = a + b
    sq = a ** 2
    total = (a + b).sum()
    mse = F.mse_loss(a, b)
    return (prod, mean, add, sq, total, mse)
