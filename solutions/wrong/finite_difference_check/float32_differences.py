"""Wrong: the finite differences in float32, as in the tutorial; cancellation eats the digits.

fails: fd_b, result_hidden
description: computes the differences in float32, which loses digits to cancellation
mistakes: dtype
"""

import torch


def central_difference_vs_autograd(w, b, t_u, t_c, delta):
    loss = ((w * t_u + b - t_c) ** 2).mean()
    loss.backward()
    w32, b32 = w.detach().float(), b.detach().float()
    u32, c32 = t_u.float(), t_c.float()

    def loss32(w_, b_):
        return ((w_ * u32 + b_ - c32) ** 2).mean()

    fd_w = ((loss32(w32 + delta, b32) - loss32(w32 - delta, b32)) / (2 * delta)).item()
    fd_b = ((loss32(w32, b32 + delta) - loss32(w32, b32 - delta)) / (2 * delta)).item()
    return loss, fd_w, fd_b
