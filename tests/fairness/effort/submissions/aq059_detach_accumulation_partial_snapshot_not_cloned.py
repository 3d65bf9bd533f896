import torch


def detach_and_accumulate(a, b):
    first = (a + b).mean()
    first.backward()
    snapshot = a.grad
    frozen = a.detach()
    second = (a + frozen).mean()
    second.backward()
    return first, snapshot, frozen, second
