"""Autograd exercises: my answer for `requires_grad_inheritance`."""

import torch


def turn_on_tracking(t1, t2):
    was_tracked = t1.requires_grad
    t1 = t1.clone().requires_grad_()
    prod = t1 * t2
    return (was_tracked, prod)
