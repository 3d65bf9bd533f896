"""Half done: the loss, the backward pass and fd_w are right, but fd_b was never written and is
returned as the placeholder 0.0."""
import torch


def central_difference_vs_autograd(w, b, t_u, t_c, delta):
    def loss_fn(w_, b_):
        t_p = w_ * t_u + b_
        return ((t_p - t_c) ** 2).mean()

    loss = loss_fn(w, b)
    loss.backward()
    with torch.no_grad():
        fd_w = float((loss_fn(w + delta, b) - loss_fn(w - delta, b)) / (2 * delta))
    fd_b = 0.0  # TODO
    return loss, fd_w, fd_b
