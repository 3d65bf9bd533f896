import torch

def square_gap_grad(p):
    with torch.no_grad():
        p.grad = 4 * p ** 3 - 6 * p ** 2 + 2 * p
        return ((p - p ** 2) ** 2).sum()
