import torch
import torch.nn as nn
import torch.nn.functional as F

def six_graph_nodes(a, b):
    p = a.mul(b)
    s = a.add(b)
    return p, p.mean(), s, a.pow(2), s.sum(), F.mse_loss(a, b, reduction="mean")
