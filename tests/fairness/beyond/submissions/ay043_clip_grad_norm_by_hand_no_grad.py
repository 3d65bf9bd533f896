"""Correct: clips by hand under torch.no_grad() with the same 1e-6 and the clamped coefficient as
clip_grad_norm_ (allowed by the prompt), and returns the norm before clipping."""
import torch


def clipped_gradient(w, x, max_norm=1.0):
    loss = ((x @ w) ** 2).sum()
    loss.backward()
    with torch.no_grad():
        total_norm = torch.linalg.vector_norm(w.grad, 2)
        coef = torch.clamp(max_norm / (total_norm + 1e-6), max=1.0)
        w.grad.mul_(coef)
    return total_norm
