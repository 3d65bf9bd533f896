import torch

def square_gap_grad(p):
    w = p ** 2
    loss = (p - w).sum() ** 2
    loss.backward()
    return loss
