"""detach_accumulation: correct; uses torch.add / torch.mean, a.grad.detach().clone() for the snapshot, and sanity asserts."""
import torch


def detach_and_accumulate(a, b):
    first = torch.mean(torch.add(a, b))
    first.backward()
    snapshot = a.grad.detach().clone()
    frozen = a.detach()
    assert not frozen.requires_grad
    second = torch.mean(torch.add(a, frozen))
    second.backward()
    return first, snapshot, frozen, second
