import torch


def per_sample_grads(w, xs, ys):
    def loss(w_, x, y):
        return 0.5 * (w_ @ x - y) ** 2
    return torch.func.vmap(torch.func.grad(loss), in_dims=(None, 0, 0))(w, xs, ys)
