"""Autograd exercises: my answer to square_gap_grad."""

import torch


def square_gap_grad(p):
    w = 2 * p
    loss = ((p - w) ** 2).sum()
    loss.backward()
    return loss
