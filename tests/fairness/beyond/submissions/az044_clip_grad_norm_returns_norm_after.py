"""One mistake: clips with clip_grad_norm_ but returns w.grad.norm() read after the clipping (about 1)
instead of the norm the gradient had before."""
import torch


def clipped_gradient(w, x):
    loss = ((x @ w) ** 2).sum()
    loss.backward()
    torch.nn.utils.clip_grad_norm_([w], max_norm=1.0)
    norm = w.grad.norm()
    return norm
