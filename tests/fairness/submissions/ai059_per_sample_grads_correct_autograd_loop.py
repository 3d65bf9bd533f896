"""Answer to per_sample_grads (autograd_loop)."""

import torch

def per_sample_grads(w, xs, ys):
    rows = []
    for k in range(xs.shape[0]):
        wk = w.detach().clone().requires_grad_()
        loss = (wk @ xs[k] - ys[k]) ** 2
        rows.append(torch.autograd.grad(loss, wk)[0])
    return torch.stack(rows)
