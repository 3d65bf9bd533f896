import torch

import torch.nn.functional as F

def six_graph_nodes(a, b):
    prod = a * b
    m = prod.mean()
    s = a + b
    sq = a * a
    tot = (a + b).sum()
    mse = F.mse_loss(a, b)
    return prod, m, s, sq, tot, mse
