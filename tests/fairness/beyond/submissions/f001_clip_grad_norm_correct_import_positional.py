import torch
from torch.nn.utils import clip_grad_norm_


def clipped_gradient(w, x):
    loss = torch.sum(torch.mv(x, w).pow(2))
    loss.backward()
    return clip_grad_norm_(w, 1.0, norm_type=2.0)
