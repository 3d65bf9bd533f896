r"""Wrong: fd_w and fd_b are returned as 0-d tensors, not as Python floats.

fails: fd_w, fd_b, result_hidden
diagnosis: use \.item\(\)
description: returns fd_w and fd_b as 0-d tensors instead of Python floats
mistakes: type
"""

import torch


def central_difference_vs_autograd(w, b, t_u, t_c, delta):
    def loss_at(w_, b_):
        return ((w_ * t_u + b_ - t_c) ** 2).mean()

    loss = loss_at(w, b)
    loss.backward()
    with torch.no_grad():
        fd_w = (loss_at(w + delta, b) - loss_at(w - delta, b)) / (2 * delta)
        fd_b = (loss_at(w, b + delta) - loss_at(w, b - delta)) / (2 * delta)
    return loss, fd_w, fd_b
