import torch


def clipped_gradient(w, x):
    loss = ((x @ w) ** 2).sum()
    loss.backward()
    norm = torch.nn.utils.clip_grad_norm_([w], max_norm=1.0)
    return norm
