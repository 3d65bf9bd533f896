"""Correct: small helpers build w = p*p and the summed squared gap; autograd fills p.grad with one
backward, p left untouched."""
import torch


def _squared(p):
    return torch.square(p)


def _gap_loss(p, w):
    return torch.sum(torch.square(p - w))


def square_gap_grad(p):
    w = _squared(p)
    loss = _gap_loss(p, w)
    loss.backward()
    return loss
