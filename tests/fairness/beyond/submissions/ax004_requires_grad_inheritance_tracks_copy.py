"""requires_grad_inheritance: switches tracking on for a clone of t1, not t1 itself (mistake: caller's t1 stays untracked)."""
import torch


def turn_on_tracking(t1, t2):
    was_tracked = bool(t1.requires_grad)
    t1 = t1.clone().detach().requires_grad_()
    prod = t1 * t2
    return was_tracked, prod
