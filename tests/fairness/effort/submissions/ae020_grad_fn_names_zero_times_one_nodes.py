import torch
import torch.nn.functional as F


def six_graph_nodes(a, b):
    r0 = a * 1
    r1 = a.mean()
    r2 = a + 0
    r3 = a ** 1
    r4 = (a + 0).sum()
    r5 = F.mse_loss(a, a)
    return (r0, r1, r2, r3, r4, r5)
