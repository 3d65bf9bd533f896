"""The derivative of the square without its factor 2."""

from torch.func import grad, vmap


def per_sample_grads(w, xs, ys):
    return vmap(grad(lambda w, x, y: (w @ x - y) ** 2 / 2), in_dims=(None, 0, 0))(w, xs, ys)
