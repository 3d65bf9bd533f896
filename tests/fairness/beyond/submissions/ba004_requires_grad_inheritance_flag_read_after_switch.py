"""One mistake: reads t1.requires_grad into was_tracked only after calling requires_grad_(),
so was_tracked is always True (wrong order)."""
import torch


def turn_on_tracking(t1, t2):
    t1.requires_grad_()
    was_tracked = bool(t1.requires_grad)
    prod = torch.mul(t1, t2)
    return was_tracked, prod
