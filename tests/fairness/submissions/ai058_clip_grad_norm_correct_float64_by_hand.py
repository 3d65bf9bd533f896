"""Answer to clip_grad_norm (float64_by_hand)."""

import torch

def clipped_gradient(w, x):
    loss = ((x @ w) ** 2).sum()
    loss.backward()
    with torch.no_grad():
        norm64 = w.grad.double().pow(2).sum().sqrt()
        coef = min(1.0, 1.0 / (norm64.item() + 1e-6))
        w.grad.mul_(coef)
    return norm64.to(w.dtype)
