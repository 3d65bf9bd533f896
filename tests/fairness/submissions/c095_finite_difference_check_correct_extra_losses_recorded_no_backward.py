import torch


def central_difference_vs_autograd(w, b, t_u, t_c, delta):
    model = lambda w_, b_: w_ * t_u + b_
    loss_fn = lambda w_, b_: ((model(w_, b_) - t_c) ** 2).mean()
    loss = loss_fn(w, b)
    loss.backward()
    # the nudged losses are only evaluated; no backward through them
    fd_w = (loss_fn(w + delta, b) - loss_fn(w - delta, b)) / (2 * delta)
    fd_b = (loss_fn(w, b + delta) - loss_fn(w, b - delta)) / (2 * delta)
    return loss, float(fd_w), float(fd_b)
