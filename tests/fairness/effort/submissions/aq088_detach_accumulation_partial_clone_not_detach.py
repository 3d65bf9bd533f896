import torch


def detach_and_accumulate(a, b):
    first = (a + b).mean()
    first.backward()
    snapshot = a.grad.clone()
    frozen = a.clone()
    second = (a + frozen).mean()
    second.backward()
    return first, snapshot, frozen, second
