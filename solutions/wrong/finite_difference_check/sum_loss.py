"""Wrong: the loss sums the squared differences, so everything is N times too large.

fails: loss_value, w_grad, b_grad, fd_w, fd_b, grads_hidden, result_hidden
diagnosis: a sum where a mean was meant
description: sums the squared differences instead of averaging them
mistakes: sum_vs_mean
"""

import torch


def central_difference_vs_autograd(w, b, t_u, t_c, delta):
    def loss_at(w_, b_):
        return ((w_ * t_u + b_ - t_c) ** 2).sum()

    loss = loss_at(w, b)
    loss.backward()
    with torch.no_grad():
        fd_w = (loss_at(w + delta, b) - loss_at(w - delta, b)) / (2 * delta)
        fd_b = (loss_at(w, b + delta) - loss_at(w, b - delta)) / (2 * delta)
    return loss, fd_w.item(), fd_b.item()
