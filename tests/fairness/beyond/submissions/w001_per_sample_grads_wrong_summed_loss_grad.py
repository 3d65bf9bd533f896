import torch
from torch.func import grad


def per_sample_grads(w, xs, ys):
    def total_loss(w_):
        return ((xs @ w_ - ys) ** 2).sum()

    g = grad(total_loss)(w)
    return g.expand(xs.shape[0], -1)
