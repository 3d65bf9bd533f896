import torch


def square_gap_grad(p):
    w = (p ** 2).detach()
    loss = ((p - w) ** 2).sum()
    loss.backward()
    return loss
