import torch


def hook_clip_grad(x):
    first = torch.ones_like(x).clamp(-1, 1)
    return first
