import torch


def square_gap_grad(p):
    w = torch.rand_like(p)
    loss = (w * p).sum()
    loss.backward()
    return loss
