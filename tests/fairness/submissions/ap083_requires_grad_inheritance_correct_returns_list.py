import torch


def turn_on_tracking(t1, t2):
    was_tracked = t1.requires_grad
    t1.requires_grad_()
    return [was_tracked, t1 * t2]
