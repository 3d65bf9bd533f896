import torch


def clipped_gradient(w, x):
    loss = ((x @ w) ** 2).sum()
    loss.backward()
    norm = w.grad.norm()
    w.grad.mul_(torch.clamp(1.0 / (norm + 1e-6), max=1.0))
    return norm
