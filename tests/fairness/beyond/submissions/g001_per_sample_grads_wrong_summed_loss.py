import torch


def per_sample_grads(w, xs, ys):
    w_ = w.detach().clone().requires_grad_()
    loss = ((xs @ w_ - ys) ** 2).sum()
    loss.backward()
    return w_.grad.expand(xs.shape[0], -1).clone()
