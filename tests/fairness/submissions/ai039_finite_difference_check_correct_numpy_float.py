"""Answer to finite_difference_check (numpy_float)."""

import torch

import numpy as np


def central_difference_vs_autograd(w, b, t_u, t_c, delta):
    def L(wv, bv):
        return ((wv * t_u + bv - t_c) ** 2).mean()

    loss = L(w, b)
    loss.backward()
    with torch.no_grad():
        fd_w = (L(w + delta, b) - L(w - delta, b)) / (2 * delta)
        fd_b = (L(w, b + delta) - L(w, b - delta)) / (2 * delta)
    return loss, np.float64(fd_w.item()), np.float64(fd_b.item())
