import torch


def mean_square_grad(x):
    shifted = torch.add(x, 2)
    squared = torch.pow(shifted, 2)
    scaled = torch.mul(squared, 3)
    out = torch.mean(scaled)
    out.backward()
    return out
