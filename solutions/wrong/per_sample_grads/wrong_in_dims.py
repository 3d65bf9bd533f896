"""in_dims=0 maps over w as well.

fails: grads, grads_hidden
diagnosis: raised|vmap|size
description: maps over w too (in_dims=0), so vmap refuses the mismatched sizes
"""

from torch.func import grad, vmap


def per_sample_grads(w, xs, ys):
    return vmap(grad(lambda w, x, y: (w @ x - y) ** 2), in_dims=0)(w, xs, ys)
