import torch


def square_gap_grad(p):
    w = p * p
    gaps = (p - w).reshape(-1)
    terms = [gaps[i] * gaps[i] for i in range(gaps.numel())]
    loss = torch.stack(terms).sum()
    loss.backward()
    return loss
