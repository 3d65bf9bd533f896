"""clip_grad_norm: half done, two mistakes: loss uses .mean() not .sum(), and the gradient is always rescaled to norm 1, even within the limit."""
import torch


def clipped_gradient(w, x):
    loss = ((x @ w) ** 2).mean()
    loss.backward()
    with torch.no_grad():
        norm = w.grad.norm()
        w.grad /= norm
    return norm
