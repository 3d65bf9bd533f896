"""float64 loss, torch.linalg.vector_norm and a clamp of the factor at 1."""

import torch


def clipped_gradient(w, x):
    loss = ((x.double() @ w.double()) ** 2).sum()
    loss.backward()
    norm = torch.linalg.vector_norm(w.grad)
    factor = torch.clamp(1.0 / (norm + 1e-6), max=1.0)
    w.grad.detach().mul_(factor)
    return norm
