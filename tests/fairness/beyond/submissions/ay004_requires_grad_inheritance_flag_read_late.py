"""One mistake: reads t1.requires_grad after switching tracking on, so was_tracked is always True
(the product and the in-place flag switch are right)."""
import torch


def turn_on_tracking(t1, t2):
    t1.requires_grad_()
    was_tracked = bool(t1.requires_grad)
    prod = t1 * t2
    return was_tracked, prod
