import torch


def per_sample_grads(w, xs, ys):
    b, d = xs.shape
    out = torch.zeros(b, d, dtype=torch.float64)
    for k in range(b):
        wk = w.detach().clone().requires_grad_(True)
        loss = (wk @ xs[k] - ys[k]) ** 2
        out[k] = torch.autograd.grad(loss, wk)[0]
    return out
