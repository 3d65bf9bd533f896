"""The clipping written out under no_grad: scale by max_norm / norm when the norm is larger."""

import torch


def clipped_gradient(w, x):
    torch.sum(torch.square(torch.matmul(x, w))).backward()
    with torch.no_grad():
        norm = w.grad.norm()
        if norm > 1.0:
            w.grad.mul_(1.0 / norm)
    return norm
