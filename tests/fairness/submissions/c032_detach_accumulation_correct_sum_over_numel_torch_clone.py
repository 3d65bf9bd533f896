import torch


def detach_and_accumulate(a, b):
    n = a.numel()
    first = torch.add(a, b).sum() / n
    first.backward()
    snapshot = torch.clone(a.grad)
    frozen = a.detach()
    assert not frozen.requires_grad
    second = (a + frozen).sum() / n
    second.backward()
    return (first, snapshot, frozen, second)
