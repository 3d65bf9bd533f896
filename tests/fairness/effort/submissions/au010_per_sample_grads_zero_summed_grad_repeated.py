import torch


def per_sample_grads(w, xs, ys):
    w2 = w.detach().clone().requires_grad_(True)
    loss = ((xs @ w2 - ys) ** 2).sum()
    g, = torch.autograd.grad(loss, w2)
    return g.expand(xs.shape[0], -1).clone()
