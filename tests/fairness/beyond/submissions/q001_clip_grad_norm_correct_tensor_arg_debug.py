import torch
from torch.nn.utils import clip_grad_norm_


def clipped_gradient(w, x):
    pred = torch.matmul(x, w)
    loss = pred.pow(2).sum()
    loss.backward()
    print("grad before clipping:", w.grad)
    total_norm = clip_grad_norm_(w, 1.0, norm_type=2.0)
    print("norm before:", total_norm.item(), "grad after:", w.grad)
    return total_norm
