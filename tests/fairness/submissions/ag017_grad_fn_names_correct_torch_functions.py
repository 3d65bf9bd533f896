import torch


def six_graph_nodes(a, b):
    prod = torch.mul(a, b)
    mean = torch.mean(prod)
    total = torch.add(a, b)
    squared = torch.pow(a, 2)
    summed = torch.sum(torch.add(a, b))
    mse = torch.nn.functional.mse_loss(a, b)
    return (prod, mean, total, squared, summed, mse)
