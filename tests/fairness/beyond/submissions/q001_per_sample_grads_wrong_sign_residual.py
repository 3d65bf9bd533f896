import torch


def per_sample_grads(w, xs, ys):
    # chain rule: d/dw (y - w.x)^2 = 2 (y - w.x) x
    r = ys - xs @ w
    return 2 * r[:, None] * xs
