"""Reference solution: grad_fn_names."""

import torch
import torch.nn.functional as F


def six_graph_nodes(a: torch.Tensor, b: torch.Tensor) -> tuple[torch.Tensor, ...]:
    product = a * b
    average = product.mean()
    added = a + b
    squared = a**2
    total = added.sum()
    mse = F.mse_loss(a, b)
    return product, average, added, squared, total, mse
