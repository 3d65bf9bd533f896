import torch
from torch.nn.utils import clip_grad_norm_


def clipped_gradient(w, x):
    y = torch.matmul(x, w)
    loss = y.pow(2).sum()
    loss.backward()
    total = clip_grad_norm_(w, 1.0)
    print("norm before clipping:", float(total))
    return total
