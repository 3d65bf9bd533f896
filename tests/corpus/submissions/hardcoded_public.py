"""Hard-codes the answers to the public cases (the hidden random cases catch it)."""
import torch


def square_sum(x):
    x.grad = torch.tensor([2.0, 4.0, 6.0])
    return torch.tensor(14.0)


def triple(x):
    return torch.tensor([3.0, -6.0])


def mean_item(x):
    return 2.5
