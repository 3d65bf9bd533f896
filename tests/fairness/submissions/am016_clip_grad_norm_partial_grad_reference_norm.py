import torch


def clipped_gradient(w, x):
    loss = ((x @ w) ** 2).sum()
    loss.backward()
    g = w.grad
    with torch.no_grad():
        total = g.norm()
        if total > 1.0:
            g.mul_(1.0 / (total + 1e-6))
    return g.norm()
