import torch


def detach_and_accumulate(a, b):
    first = (a + b).mean()
    first.backward(torch.ones_like(first))
    snapshot = torch.empty_like(a.grad).copy_(a.grad)
    frozen = a.detach()
    second = (a + frozen).mean()
    second.backward(torch.ones_like(second))
    return first, snapshot, frozen, second
