import torch


def per_sample_grads(w, xs, ys):
    out = torch.zeros(xs.shape[0], w.shape[0])
    for k in range(1):  # TODO all samples
        wk = w.detach().clone().requires_grad_(True)
        loss = (wk @ xs[k] - ys[k]) ** 2
        g, = torch.autograd.grad(loss, wk)
        out[k] = g
    return out
