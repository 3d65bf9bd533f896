import torch

def detach_and_accumulate(a, b):
    first = (a + b).sum()
    first.backward()
    snapshot = a.grad.clone()
    frozen = a.detach()
    second = (a + frozen).sum()
    second.backward()
    return (first, snapshot, frozen, second)
