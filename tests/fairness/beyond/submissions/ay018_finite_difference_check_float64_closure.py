"""Correct: a loss closure in the inputs' float64, one backward for the autograd gradients, central
differences on shifted copies under no_grad (inputs never changed), floats returned."""
import torch


def central_difference_vs_autograd(w, b, t_u, t_c, delta):
    def loss_fn(w_, b_):
        t_p = w_ * t_u + b_
        return ((t_p - t_c) ** 2).mean()

    loss = loss_fn(w, b)
    loss.backward()

    with torch.no_grad():
        fd_w = (loss_fn(w + delta, b) - loss_fn(w - delta, b)) / (2.0 * delta)
        fd_b = (loss_fn(w, b + delta) - loss_fn(w, b - delta)) / (2.0 * delta)
    assert fd_w.dtype == t_u.dtype
    return loss, float(fd_w), float(fd_b)
