import torch


def per_sample_grads(w, xs, ys):
    def loss(w, x, y):
        return (w @ x - y) ** 2
    g = torch.func.vmap(torch.func.grad(loss), in_dims=(None, 0, 0))(w, xs, ys)
    return -g          # direction of steepest descent
