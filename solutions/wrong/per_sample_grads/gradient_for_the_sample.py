r"""Differentiates with respect to the sample instead of the weights: grad takes its first argument.

fails: grads, grads_hidden
diagnosis: grads
description: differentiates each sample's loss with respect to x_k (rows 2 r_k w) instead of w (rows 2 r_k x_k)
mistakes: operation
"""

from torch.func import grad, vmap


def loss(x, y, w):
    return (x @ w - y) ** 2


def per_sample_grads(w, xs, ys):
    return vmap(grad(loss), in_dims=(0, 0, None))(xs, ys, w)
