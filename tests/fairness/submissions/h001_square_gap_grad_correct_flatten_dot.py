import torch

def square_gap_grad(p):
    w = p ** 2
    d = (p - w).reshape(-1)
    loss = torch.dot(d, d)
    loss.backward()
    return loss
