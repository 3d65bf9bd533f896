"""torch.mul/mean/add/pow/sum and an nn.MSELoss module, the total from a fresh a + b."""

import torch
from torch import nn


def six_graph_nodes(a, b):
    product = torch.mul(a, b)
    return (
        product,
        torch.mean(product),
        torch.add(a, b),
        torch.pow(a, 2),
        torch.sum(torch.add(a, b)),
        nn.MSELoss()(a, b),
    )
