"""Returns a complex tensor."""
import torch

def square_sum(x):
    loss = (x ** 2).sum()
    loss.backward()
    return loss


def triple(x):
    return (3 * x).to(torch.complex64)


def mean_item(x):
    return x.mean().item()
