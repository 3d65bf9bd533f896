import numpy as np
import torch


def central_difference_vs_autograd(w, b, t_u, t_c, delta):
    """Compare autograd's dL/dw, dL/db with central differences (float64)."""
    L = lambda ww, bb: ((ww * t_u + bb - t_c) ** 2).mean()

    loss = L(w, b)
    loss.backward()

    w0, b0 = w.detach(), b.detach()
    fd_w = float((L(w0 + delta, b0) - L(w0 - delta, b0)) / (2 * delta))
    fd_b = float((L(w0, b0 + delta) - L(w0, b0 - delta)) / (2 * delta))
    print("autograd:", w.grad.item(), b.grad.item(), " fd:", fd_w, fd_b)
    return loss, fd_w, fd_b
