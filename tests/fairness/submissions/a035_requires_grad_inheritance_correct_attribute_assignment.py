import torch


def turn_on_tracking(t1, t2):
    was_tracked = t1.requires_grad
    t1.requires_grad = True      # switch tracking on for t1 itself
    prod = t1.mul(t2)
    return was_tracked, prod
