import torch


def square_gap_grad(p):
    w = p ** 2
    loss = ((p - w) ** 2).sum()
    with torch.no_grad():
        p.grad = 4 * p ** 3 - 6 * p ** 2 + 2 * p
    return loss
