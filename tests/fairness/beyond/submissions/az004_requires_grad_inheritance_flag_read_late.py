"""One mistake: switches tracking on first and only then reads t1.requires_grad into was_tracked,
so was_tracked is always True (the flag is read at the wrong moment)."""
import torch


def turn_on_tracking(t1, t2):
    t1.requires_grad_()
    was_tracked = bool(t1.requires_grad)   # read after the switch
    prod = t1 * t2
    return was_tracked, prod
