import torch

def square_gap_grad(p):
    w = p ** 3
    loss = torch.sum((p - w) ** 2)
    loss.backward()
    return loss
