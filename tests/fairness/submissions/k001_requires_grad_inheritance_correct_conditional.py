import torch


def turn_on_tracking(t1, t2):
    was_tracked = t1.requires_grad
    if not was_tracked:
        t1.requires_grad_(True)
    prod = t2 * t1
    return (was_tracked, prod)
