"""One mistake: the per-sample loss is written as 0.5 * (w.x - y)^2, so every gradient row misses the
factor 2 (vmap(grad) itself is used right)."""
import torch
from torch.func import grad, vmap


def per_sample_grads(w, xs, ys):
    def loss(w_, x, y):
        return 0.5 * (w_ @ x - y) ** 2

    return vmap(grad(loss), in_dims=(None, 0, 0))(w, xs, ys)
