"""One mistake: snapshot = a.grad without clone, so the second backward changes it in place and the
snapshot ends at 2/n instead of 1/n."""
import torch


def detach_and_accumulate(a, b):
    first = (a + b).mean()
    first.backward()
    snapshot = a.grad
    frozen = a.detach()
    second = (a + frozen).mean()
    second.backward()
    return first, snapshot, frozen, second
