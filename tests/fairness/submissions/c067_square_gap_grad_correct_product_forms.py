import torch


def square_gap_grad(p):
    w = p * p
    gap = p - w
    loss = torch.sum(gap * gap)
    loss.backward()
    return loss
