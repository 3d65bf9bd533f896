"""torch.mean, a snapshot made with detach().clone(), and prints between the passes."""

import torch


def detach_and_accumulate(a, b):
    first = torch.mean(a + b)
    first.backward()
    snapshot = a.grad.detach().clone()
    print("after the first pass:", snapshot)
    frozen = a.detach()
    second = torch.mean(a + frozen)
    second.backward()
    print("after the second pass:", a.grad)
    return (first, snapshot, frozen, second)
