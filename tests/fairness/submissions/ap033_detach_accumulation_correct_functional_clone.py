import torch


def detach_and_accumulate(a, b):
    first = torch.mean(torch.add(a, b))
    torch.autograd.backward(first)
    snapshot = torch.clone(a.grad)
    frozen = a.detach()
    second = torch.mean(torch.add(a, frozen))
    torch.autograd.backward(second)
    return (first, snapshot, frozen, second)
