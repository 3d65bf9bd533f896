import torch


def per_sample_grads(w, xs, ys):
    wr = w.clone().requires_grad_(True)
    L = ((xs @ wr - ys) ** 2).sum()
    g, = torch.autograd.grad(L, wr)
    return g.expand(xs.shape[0], -1).clone()
