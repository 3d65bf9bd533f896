import torch


def square_gap_grad(p):
    w = p.detach() ** 2
    loss = ((p - w) ** 2).sum()
    loss.backward()
    return loss
