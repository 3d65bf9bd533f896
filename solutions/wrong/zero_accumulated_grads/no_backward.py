"""Wrong: the right numbers, typed in by hand; backward() never runs."""

import torch


def zero_accumulated_grads(w, steps):
    return [torch.full_like(w, 3.0).detach() for _ in range(steps)]
