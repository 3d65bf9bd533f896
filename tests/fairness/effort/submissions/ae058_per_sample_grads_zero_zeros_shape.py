import torch


def per_sample_grads(w, xs, ys):
    grads = torch.zeros_like(xs)
    return grads
