import torch

def detach_and_accumulate(a, b):
    first = (a + b).mean()
    frozen = a.detach()
    second = (a + frozen).mean()
    first.backward()
    second.backward()
    snapshot = a.grad.clone()
    return (first, snapshot, frozen, second)
