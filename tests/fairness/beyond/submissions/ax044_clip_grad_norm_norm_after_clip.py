"""clip_grad_norm: clips right but returns w.grad.norm() read after clipping (mistake: the norm after, not before)."""
import torch


def clipped_gradient(w, x):
    loss = ((x @ w) ** 2).sum()
    loss.backward()
    torch.nn.utils.clip_grad_norm_([w], max_norm=1.0)
    return w.grad.norm()
