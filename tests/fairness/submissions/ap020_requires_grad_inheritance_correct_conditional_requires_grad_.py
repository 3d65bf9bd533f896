import torch


def turn_on_tracking(t1, t2):
    flag = t1.requires_grad
    if not flag:
        t1.requires_grad_(True)
    prod = t1 * t2
    return (flag, prod)
