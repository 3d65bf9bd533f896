"""Right answer: a loop of torch.autograd.grad calls, one per sample on a fresh copy of w, rows
collected with torch.stack."""
import torch


def per_sample_grads(w, xs, ys):
    rows = []
    for k in range(xs.shape[0]):
        wk = w.detach().clone().requires_grad_(True)
        loss = (torch.dot(wk, xs[k]) - ys[k]) ** 2
        (gk,) = torch.autograd.grad(loss, wk)
        rows.append(gk)
    return torch.stack(rows, dim=0)
