"""Autograd exercises: my answer to linear_partials."""

import torch


def linear_partials(x, w, b):
    y = (w * x + b).sum()
    y.backward()
    return y
