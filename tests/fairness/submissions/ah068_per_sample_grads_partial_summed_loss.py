"""Autograd exercises: my answer to per_sample_grads."""

import torch


def per_sample_grads(w, xs, ys):
    def loss(w_):
        return ((xs @ w_ - ys) ** 2).sum()
    return torch.func.grad(loss)(w)
