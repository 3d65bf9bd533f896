import torch


def turn_on_tracking(t1, t2):
    was_tracked = bool(t1.requires_grad)
    t1.requires_grad = True
    prod = torch.mul(t1, t2)
    return was_tracked, prod
