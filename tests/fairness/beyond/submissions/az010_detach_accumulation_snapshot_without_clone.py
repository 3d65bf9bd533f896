"""One mistake: snapshot = a.grad stores the gradient tensor itself, not a copy, so the second
backward pass changes it to 2/n as well."""
import torch


def detach_and_accumulate(a, b):
    first = (a + b).mean()
    first.backward()
    snapshot = a.grad            # no clone
    frozen = a.detach()
    second = (a + frozen).mean()
    second.backward()
    return first, snapshot, frozen, second
