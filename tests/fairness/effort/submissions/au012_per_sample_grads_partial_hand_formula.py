import torch


def per_sample_grads(w, xs, ys):
    r = xs @ w - ys
    return 2 * r[:, None] * xs
