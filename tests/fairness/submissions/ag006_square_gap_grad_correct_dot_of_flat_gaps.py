import torch


def square_gap_grad(p):
    w = p * p
    gap = (p - w).reshape(-1)
    loss = torch.dot(gap, gap)
    loss.backward()
    return loss
