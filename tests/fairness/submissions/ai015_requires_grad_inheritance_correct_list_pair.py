"""Answer to requires_grad_inheritance (list_pair)."""

import torch

def turn_on_tracking(t1, t2):
    was_tracked = t1.requires_grad
    t1.requires_grad_()
    prod = t1 * t2
    return [was_tracked, prod]
