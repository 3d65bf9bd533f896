import torch

import torch.nn.functional as F

def six_graph_nodes(a, b):
    prod = a * b
    return (prod, prod.mean(), a + b, a ** 2, (a + b).mean(), F.mse_loss(a, b))
