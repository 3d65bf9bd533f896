"""Correct: a loop of torch.autograd.grad calls, one per sample, on a detached copy of w that requires grad;
rows stacked into (b, d)."""
import torch


def per_sample_grads(w, xs, ys):
    wr = w.detach().clone().requires_grad_(True)
    rows = []
    for k in range(xs.shape[0]):
        loss_k = (torch.dot(wr, xs[k]) - ys[k]) ** 2
        (gk,) = torch.autograd.grad(loss_k, wr)
        rows.append(gk)
    return torch.stack(rows, dim=0)
