"""The derivative worked out by hand: a cos(a x) + a x, as a lambda."""

import torch


def make_grad(a):
    return lambda x: a * torch.cos(a * x) + a * x
