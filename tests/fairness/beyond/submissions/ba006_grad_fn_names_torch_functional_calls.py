"""Right answer: the six nodes built with the torch.* function spellings (torch.mul, torch.mean,
torch.add, torch.pow, torch.sum, torch.nn.functional.mse_loss)."""
import torch
import torch.nn.functional as F


def six_graph_nodes(a, b):
    prod = torch.mul(a, b)
    avg = torch.mean(prod)
    total = torch.add(a, b)
    squared = torch.pow(a, 2)
    summed = torch.sum(torch.add(a, b))
    mse = F.mse_loss(a, b)
    results = (prod, avg, total, squared, summed, mse)
    for r in results:
        assert r.grad_fn is not None
    return results
