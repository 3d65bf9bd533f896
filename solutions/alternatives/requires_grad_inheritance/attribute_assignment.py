"""Switches tracking on by assigning t1.requires_grad = True; the product as t1.mul(t2)."""


def turn_on_tracking(t1, t2):
    was_tracked = t1.requires_grad
    t1.requires_grad = True
    prod = t1.mul(t2)
    return was_tracked, prod
