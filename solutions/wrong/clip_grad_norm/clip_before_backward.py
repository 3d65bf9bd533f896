"""Clipping before the gradient exists does nothing."""

import torch


def clipped_gradient(w, x):
    norm = torch.nn.utils.clip_grad_norm_([w], max_norm=1.0)
    ((x @ w) ** 2).sum().backward()
    return norm
