"""One mistake: clips with clip_grad_norm_ but returns the norm measured afterwards (about 1), not
the norm before clipping (wrong order)."""
import torch


def clipped_gradient(w, x):
    loss = ((x @ w) ** 2).sum()
    loss.backward()
    torch.nn.utils.clip_grad_norm_([w], max_norm=1.0)
    norm = w.grad.norm()
    return norm
