"""Wrong: .item() turns the single-number results into Python floats, off the graph.

fails: values, mean_grad_fn, sum_grad_fn, mse_grad_fn, values_hidden
diagnosis: A Python number was found where a tensor was expected
description: turns the one-number results into Python floats with .item()
mistakes: type
"""

import torch.nn.functional as F


def six_graph_nodes(a, b):
    product = a * b
    added = a + b
    return product, product.mean().item(), added, a**2, added.sum().item(), F.mse_loss(a, b).item()
