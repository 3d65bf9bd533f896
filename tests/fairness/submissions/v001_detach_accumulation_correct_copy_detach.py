import torch

def detach_and_accumulate(a, b):
    first = (a + b).mean()
    first.backward()
    snapshot = torch.empty_like(a.grad).copy_(a.grad)
    frozen = a.detach()
    second = (frozen + a).mean()
    second.backward()
    return first, snapshot, frozen, second
