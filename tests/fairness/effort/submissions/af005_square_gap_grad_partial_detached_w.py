import torch


def square_gap_grad(p):
    w = p.detach() ** 2          # w is p squared
    loss = ((p - w) ** 2).sum()
    loss.backward()
    return loss
