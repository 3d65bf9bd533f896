"""per_sample_grads: vmap of product."""

import torch


def per_sample_grads(w, xs, ys):
    def per_row(x, y):
        return x * y
    return torch.func.vmap(per_row, in_dims=(0, 0))(xs, ys)
