"""Half done, two mistakes: the loop differentiates the residual w.x - y instead of its square, and the
rows are stacked along dim 1, giving shape (d, b)."""
import torch


def per_sample_grads(w, xs, ys):
    cols = []
    for k in range(xs.shape[0]):
        wk = w.detach().clone().requires_grad_(True)
        r = wk @ xs[k] - ys[k]
        (gk,) = torch.autograd.grad(r, wk)
        cols.append(gk)
    return torch.stack(cols, dim=1)
