"""per_sample_grads: loop with loss.backward() on a copy of w but never resets its .grad (mistake: rows accumulate)."""
import torch


def per_sample_grads(w, xs, ys):
    ww = w.detach().clone().requires_grad_()
    rows = []
    for k in range(len(xs)):
        loss = ((ww * xs[k]).sum() - ys[k]) ** 2
        loss.backward()
        rows.append(ww.grad.clone())
    return torch.stack(rows)
