"""torch.autograd.grad, the gradient stored in w.grad, clip_grad_norm_ on the bare tensor."""

import torch
from torch.nn.utils import clip_grad_norm_


def clipped_gradient(w, x):
    y = x.matmul(w)
    w.grad = torch.autograd.grad((y * y).sum(), w)[0]
    total = clip_grad_norm_(w, 1.0, norm_type=2.0)
    print("norm before clipping:", total.item())
    return total
