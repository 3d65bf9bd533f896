"""Autograd exercises: my answer for `per_sample_grads`."""

import torch


def per_sample_grads(w, xs, ys):
    def loss(w_, x_, y_):
        return (w_ @ x_ - y_) ** 2
    grads = torch.func.vmap(torch.func.grad(loss), in_dims=(None, 0, 0))(w, xs, ys)
    return grads.T
