import torch


def turn_on_tracking(t1, t2):
    was_tracked = t1.requires_grad is True
    t1.requires_grad = True
    prod = t1.mul(t2)
    return (was_tracked, prod)
