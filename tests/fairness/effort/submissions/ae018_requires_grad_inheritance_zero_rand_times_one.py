import torch


def turn_on_tracking(t1, t2):
    was_tracked = False
    prod = torch.rand_like(t1, requires_grad=True) * 1
    return was_tracked, prod
