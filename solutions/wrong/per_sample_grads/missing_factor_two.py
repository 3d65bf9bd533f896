r"""The derivative of the square without its factor 2.

fails: grads, grads_hidden
diagnosis: half|factor|0\.5|ratio
description: drops the square's factor 2 (the loss as a plain residual times x)
"""

from torch.func import grad, vmap


def per_sample_grads(w, xs, ys):
    return vmap(grad(lambda w, x, y: (w @ x - y) ** 2 / 2), in_dims=(None, 0, 0))(w, xs, ys)
