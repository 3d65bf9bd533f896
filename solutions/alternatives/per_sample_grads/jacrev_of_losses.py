"""The Jacobian of the vector of per-sample losses with respect to w: row k is sample k's gradient."""

import torch
from torch.func import jacrev


def per_sample_grads(w, xs, ys):
    return jacrev(lambda v: (xs @ v - ys) ** 2)(w)
