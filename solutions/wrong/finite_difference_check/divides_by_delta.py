r"""Wrong: the central difference divided by delta instead of 2 * delta: twice the gradient.

fails: fd_w, fd_b, result_hidden
diagnosis: divides by 2 \* delta
description: divides the central difference by delta instead of 2 * delta, so both estimates double
mistakes: operation
"""

import torch


def central_difference_vs_autograd(w, b, t_u, t_c, delta):
    def loss_at(w_, b_):
        return ((w_ * t_u + b_ - t_c) ** 2).mean()

    loss = loss_at(w, b)
    loss.backward()
    with torch.no_grad():
        fd_w = (loss_at(w + delta, b) - loss_at(w - delta, b)) / delta
        fd_b = (loss_at(w, b + delta) - loss_at(w, b - delta)) / delta
    return loss, fd_w.item(), fd_b.item()
