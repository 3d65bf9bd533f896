import torch


def sample_loss(w, x, y):
    r = torch.sum(w * x) - y
    return r * r


def per_sample_grads(w, xs, ys):
    out = torch.zeros_like(xs)
    w_leaf = w.detach().requires_grad_()
    for k, (x, y) in enumerate(zip(xs, ys)):
        out[k] = torch.autograd.grad(sample_loss(w_leaf, x, y), w_leaf)[0]
    return out
