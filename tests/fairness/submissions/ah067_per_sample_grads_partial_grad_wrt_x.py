"""Autograd exercises: my answer to per_sample_grads."""

import torch


def per_sample_grads(w, xs, ys):
    def loss(x, w_, y):
        return (torch.dot(w_, x) - y) ** 2
    return torch.func.vmap(torch.func.grad(loss), in_dims=(0, None, 0))(xs, w, ys)
