import torch
from torch.func import grad, vmap


def per_sample_grads(w, xs, ys):
    def loss(w_, x, y):
        return (w_ @ x - y) ** 2 / 2
    g = vmap(grad(loss), in_dims=(None, 0, 0))(w, xs, ys)
    return list(g)
