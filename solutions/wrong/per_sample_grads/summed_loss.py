"""The gradient of the summed loss, repeated per sample: not per-sample gradients.

fails: grads, grads_hidden
diagnosis: grads
description: returns the gradient of the summed loss, repeated for every sample, instead of each sample's own gradient
mistakes: operation
"""

import torch


def per_sample_grads(w, xs, ys):
    wr = w.clone().requires_grad_(True)
    ((xs @ wr - ys) ** 2).sum().backward()
    return wr.grad.expand(xs.shape[0], -1).clone()
