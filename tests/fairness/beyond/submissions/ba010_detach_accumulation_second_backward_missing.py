"""Half done: steps 1-3 and the value of `second` are right, but second.backward() was never
written, so a.grad does not accumulate the second pass."""
import torch


def detach_and_accumulate(a, b):
    first = (a + b).mean()
    first.backward()
    snapshot = a.grad.clone()
    frozen = a.detach()
    second = (a + frozen).mean()
    # TODO second backward
    return first, snapshot, frozen, second
