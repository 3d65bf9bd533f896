import torch


def turn_on_tracking(t1, t2):
    flag = t1.requires_grad is True
    return flag, t1.requires_grad_() * t2
