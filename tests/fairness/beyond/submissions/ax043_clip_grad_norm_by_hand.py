"""clip_grad_norm: correct; the clipping is written by hand under torch.no_grad() (allowed), same 1e-6 and clamp at 1 as clip_grad_norm_."""
import torch


def clipped_gradient(w, x):
    loss = ((x @ w) ** 2).sum()
    loss.backward()
    with torch.no_grad():
        norm = torch.linalg.vector_norm(w.grad)
        coef = torch.clamp(1.0 / (norm + 1e-6), max=1.0)
        w.grad.mul_(coef)
    return norm
