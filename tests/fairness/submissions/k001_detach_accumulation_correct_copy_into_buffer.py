import torch


def _mean_of_sum(u, v):
    return (u + v).mean()


def detach_and_accumulate(a, b):
    first = _mean_of_sum(a, b)
    first.backward()
    snapshot = torch.empty_like(a.grad)
    snapshot.copy_(a.grad)
    frozen = a.detach()
    second = _mean_of_sum(a, frozen)
    second.backward()
    return (first, snapshot, frozen, second)
