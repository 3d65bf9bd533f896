import torch


def detach_and_accumulate(a, b):
    first = torch.tensor(7.)
    snapshot = torch.full_like(a, 0.25)
    frozen = a.detach()
    second = torch.tensor(5.)
    return first, snapshot, frozen, second
