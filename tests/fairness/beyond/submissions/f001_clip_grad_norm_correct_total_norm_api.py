import torch
from torch.nn.utils import clip_grads_with_norm_, get_total_norm


def clipped_gradient(w, x):
    loss = ((x @ w) ** 2).sum()
    loss.backward()
    # clip_grad_norm_ is get_total_norm followed by clip_grads_with_norm_
    total = get_total_norm([w.grad], norm_type=2.0)
    clip_grads_with_norm_([w], max_norm=1.0, total_norm=total)
    return total
