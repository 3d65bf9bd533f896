"""Right answer: clipping written by hand under torch.no_grad() (allowed), with the 1e-6 of
clip_grad_norm_ and a scale capped at 1; returns the norm before clipping as a tensor."""
import torch


def clipped_gradient(w, x, max_norm=1.0):
    assert x.dim() == 2 and x.shape[1] == w.shape[0], "x must be (b, d)"
    loss = ((x @ w) ** 2).sum()
    loss.backward()
    with torch.no_grad():
        total_norm = torch.linalg.vector_norm(w.grad, 2)
        coef = torch.clamp(max_norm / (total_norm + 1e-6), max=1.0)
        w.grad.mul_(coef)
    return total_norm
