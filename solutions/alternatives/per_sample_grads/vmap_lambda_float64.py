"""vmap over a lambda's grad, float64, with a print."""

import torch
import torch.func as fn


def per_sample_grads(w, xs, ys):
    g = fn.grad(lambda w_, x_, y_: ((w_ * x_).sum() - y_) ** 2)
    out = fn.vmap(g, in_dims=(None, 0, 0))(w.double(), xs.double(), ys.double())
    print(out.shape)
    return out
