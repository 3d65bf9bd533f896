import torch


def detach_and_accumulate(a, b):
    first = torch.rand(())
    snapshot = torch.rand_like(a)
    frozen = torch.rand_like(a)
    second = torch.rand(())
    return first, snapshot, frozen, second
