import torch

def square_gap_grad(p):
    w = p.data ** 2
    loss = ((p - w) ** 2).sum()
    loss.backward()
    return loss
