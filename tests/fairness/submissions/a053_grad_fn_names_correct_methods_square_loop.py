import torch
import torch.nn.functional as F
import numpy as np


def six_graph_nodes(a, b):
    results = []
    results.append(a.mul(b))
    results.append(results[0].mean())
    results.append(a.add(b))
    results.append(torch.square(a))
    results.append(results[2].sum())
    results.append(F.mse_loss(a, b, reduction="mean"))
    for r in results:
        print(type(r.grad_fn).__name__)
    return tuple(results)
