import torch


def detach_and_accumulate(a, b):
    first = (a + b).mean()
    torch.autograd.backward(first)
    snapshot = a.grad.detach().clone()
    frozen = a.detach()
    second = torch.mean(a + frozen)
    torch.autograd.backward(second)
    return first, snapshot, frozen, second
