"""Returns tensors holding NaN and inf."""
import torch

def square_sum(x):
    loss = (x ** 2).sum()
    loss.backward()
    return loss


def triple(x):
    return torch.tensor([float("nan"), float("inf")])


def mean_item(x):
    return x.mean().item()
