"""Means written as sum() / numel(), and the snapshot copied with copy_ into a new tensor."""

import torch


def detach_and_accumulate(a, b):
    n = a.numel()
    first = (a + b).sum() / n
    first.backward()
    snapshot = torch.empty_like(a.grad).copy_(a.grad)
    frozen = a.detach()
    second = (a + frozen).sum() / n
    second.backward()
    return first, snapshot, frozen, second
