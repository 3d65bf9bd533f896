import torch


def per_sample_grads(w, xs, ys):
    g = torch.func.grad(lambda w_, x_, y_: (torch.dot(w_, x_) - y_) ** 2)
    out = torch.zeros_like(xs)
    for k, (x_k, y_k) in enumerate(zip(xs, ys)):
        out[k] = g(w, x_k, y_k)
    return out
