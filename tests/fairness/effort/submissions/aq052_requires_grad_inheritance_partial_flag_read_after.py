import torch


def turn_on_tracking(t1, t2):
    t1.requires_grad_()
    was_tracked = t1.requires_grad
    prod = t1 * t2
    return was_tracked, prod
