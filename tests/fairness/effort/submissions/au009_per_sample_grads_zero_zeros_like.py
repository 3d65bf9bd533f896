import torch


def per_sample_grads(w, xs, ys):
    return torch.zeros_like(xs)
