"""Half done: a zeros_like buffer filled in a loop of torch.autograd.grad calls, but the loop stops
one sample early (range(b - 1)), so the last row stays zero; the other rows are right."""
import torch


def per_sample_grads(w, xs, ys):
    out = torch.zeros_like(xs)
    for k in range(xs.shape[0] - 1):
        wk = w.detach().clone().requires_grad_()
        loss = ((wk * xs[k]).sum() - ys[k]) ** 2
        out[k] = torch.autograd.grad(loss, wk)[0]
    return out
