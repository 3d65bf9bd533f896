import torch


def square_gap_grad(p):
    w = p * p
    loss = torch.sum(torch.square(p - w))
    loss.backward()
    return loss
