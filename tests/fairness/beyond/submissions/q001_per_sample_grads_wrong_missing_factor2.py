import torch


def per_sample_grads(w, xs, ys):
    grads = []
    for x, y in zip(xs, ys):
        r = torch.dot(w, x) - y
        grads.append(r * x)
    return torch.stack(grads)
