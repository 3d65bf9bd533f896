import torch


def clipped_gradient(w, x):
    loss = ((x @ w) ** 2).sum()
    loss.backward()
    with torch.no_grad():
        norm = w.grad.norm()
        w.grad.mul_(1.0 / (norm + 1e-6))
    return norm
