"""Wrong: w and b are nudged in place; w is put back, b is left at b - delta.

fails: b_restored
diagnosis: changed the values of b
description: nudges b in place and leaves it at b - delta
mistakes: input_mutated
"""

import torch


def central_difference_vs_autograd(w, b, t_u, t_c, delta):
    def loss_now():
        return ((w * t_u + b - t_c) ** 2).mean()

    loss = loss_now()
    loss.backward()
    with torch.no_grad():
        w += delta
        plus = loss_now()
        w -= 2 * delta
        minus = loss_now()
        w += delta
        fd_w = ((plus - minus) / (2 * delta)).item()
        b += delta
        plus = loss_now()
        b -= 2 * delta
        minus = loss_now()
        fd_b = ((plus - minus) / (2 * delta)).item()
    return loss, fd_w, fd_b
