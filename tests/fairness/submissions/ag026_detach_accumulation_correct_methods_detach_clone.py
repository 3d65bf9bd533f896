import torch


def detach_and_accumulate(a, b):
    first = a.add(b).mean()
    first.backward()
    snapshot = a.grad.detach().clone()
    frozen = torch.Tensor.detach(a)
    second = a.add(frozen).mean()
    second.backward()
    return (first, snapshot, frozen, second)
