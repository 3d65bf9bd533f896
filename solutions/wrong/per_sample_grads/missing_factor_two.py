r"""The derivative of the square without its factor 2.

fails: grads, grads_hidden
diagnosis: half|factor|0\.5|ratio
description: drops the square's factor 2: each row is r_k x_k instead of 2 r_k x_k
mistakes: operation
"""

from torch.func import grad, vmap


def per_sample_grads(w, xs, ys):
    return vmap(grad(lambda w, x, y: (w @ x - y) ** 2 / 2), in_dims=(None, 0, 0))(w, xs, ys)
