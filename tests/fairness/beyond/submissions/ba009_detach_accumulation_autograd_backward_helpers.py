"""Right answer: uses torch.autograd.backward for both passes, a detached clone for the snapshot and
torch.Tensor.detach for frozen, in the asked order."""
import torch


def detach_and_accumulate(a, b):
    first = torch.mean(a + b)
    torch.autograd.backward(first)
    snapshot = a.grad.detach().clone()
    frozen = torch.Tensor.detach(a)
    second = torch.mean(a + frozen)
    torch.autograd.backward(second)
    return first, snapshot, frozen, second
