"""in_dims=0 maps over w as well.

fails: grads, grads_hidden
diagnosis: raised|vmap|size
description: passes in_dims=0, so vmap maps over w too and raises on the mismatched sizes; w is shared, so its in_dims entry must be None
mistakes: shape
"""

from torch.func import grad, vmap


def per_sample_grads(w, xs, ys):
    return vmap(grad(lambda w, x, y: (w @ x - y) ** 2), in_dims=0)(w, xs, ys)
