"""One mistake: ignores the value clip_grad_norm_ returns and returns w.grad.norm() read after clipping
(about 1 when clipped) instead of the norm before clipping."""
import torch


def clipped_gradient(w, x):
    loss = ((x @ w) ** 2).sum()
    loss.backward()
    torch.nn.utils.clip_grad_norm_([w], max_norm=1.0)
    return w.grad.norm()
