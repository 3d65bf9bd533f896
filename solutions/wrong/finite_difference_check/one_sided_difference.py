"""Wrong: a forward (one-sided) difference, off by about delta * L'' / 2.

fails: fd_w, fd_b, result_hidden
description: uses the forward difference (L(w + delta) - L(w)) / delta instead of the central one
example: true
mistakes: operation
"""

import torch


def central_difference_vs_autograd(w, b, t_u, t_c, delta):
    def loss_at(w_, b_):
        return ((w_ * t_u + b_ - t_c) ** 2).mean()

    loss = loss_at(w, b)
    loss.backward()
    with torch.no_grad():
        fd_w = (loss_at(w + delta, b) - loss_at(w, b)) / delta
        fd_b = (loss_at(w, b + delta) - loss_at(w, b)) / delta
    return loss, fd_w.item(), fd_b.item()
