import torch

def detach_and_accumulate(a, b):
    n = a.numel()
    first = (a + b).sum() / n
    first.backward()
    snapshot = a.grad.detach().clone()
    frozen = a.detach()
    second = (a + frozen).sum() / n
    second.backward()
    return first, snapshot, frozen, second
