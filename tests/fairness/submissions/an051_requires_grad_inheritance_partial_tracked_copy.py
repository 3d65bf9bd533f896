import torch

def turn_on_tracking(t1, t2):
    was_tracked = t1.requires_grad
    t1 = t1.detach().clone().requires_grad_()
    prod = t1 * t2
    return was_tracked, prod
