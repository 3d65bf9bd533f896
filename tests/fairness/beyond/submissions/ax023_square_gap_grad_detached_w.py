"""square_gap_grad: computes w = (p ** 2).detach() (mistake: cuts the path through w, so only the direct gradient flows)."""
import torch


def square_gap_grad(p):
    w = (p ** 2).detach()
    loss = ((p - w) ** 2).sum()
    loss.backward()
    return loss
