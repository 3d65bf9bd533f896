"""detach_accumulation: sums and detach b."""

import torch


def detach_and_accumulate(a, b):
    first = a.sum()
    snapshot = a.grad
    frozen = b.detach()
    second = b.sum()
    return first, snapshot, frozen, second
