"""Autograd exercises: my answer to clip_grad_norm."""

import torch


def clipped_gradient(w, x):
    loss = ((x @ w) ** 2).sum()
    loss.backward()
    norm = w.grad.norm()
    with torch.no_grad():
        w.grad /= norm + 1e-6
    return norm
