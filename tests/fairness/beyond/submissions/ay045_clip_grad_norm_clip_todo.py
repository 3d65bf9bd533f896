"""Half done: loss and backward are right and the returned norm (computed by hand before clipping) is right,
but the clipping itself is left as a TODO, so w.grad is never rescaled."""
import torch


def clipped_gradient(w, x):
    loss = ((x @ w) ** 2).sum()
    loss.backward()
    norm = w.grad.norm()
    # TODO: rescale w.grad when norm > 1 (clip_grad_norm_)
    return norm
