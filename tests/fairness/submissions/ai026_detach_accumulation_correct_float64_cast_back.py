"""Answer to detach_accumulation (float64_cast_back)."""

import torch

def detach_and_accumulate(a, b):
    first = (a.double() + b.double()).mean().to(a.dtype)
    first.backward()
    snapshot = a.grad.clone()
    frozen = a.detach()
    second = (a.double() + frozen.double()).mean().to(a.dtype)
    second.backward()
    return (first, snapshot, frozen, second)
