"""Answer to detach_accumulation (frozen_copy)."""

import torch

def detach_and_accumulate(a, b):
    first = torch.mean(a + b)
    first.backward()
    snapshot = a.grad.detach().clone()
    frozen = a.detach().clone()      # a detached copy (same values, no grad)
    second = torch.mean(a + frozen)
    second.backward()
    return first, snapshot, frozen, second
