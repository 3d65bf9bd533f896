"""Wrong: Python's sum() iterates over the first dimension and adds the rows, one AddBackward0 at a time."""

import torch.nn.functional as F


def six_graph_nodes(a, b):
    product = a * b
    added = a + b
    return product, product.mean(), added, a**2, sum(added), F.mse_loss(a, b)
