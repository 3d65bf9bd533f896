"""backward_with_ones: returns ones."""

import torch


def quadratic_backward_ones(x):
    print("input shape:", tuple(x.shape))
    v = torch.ones(x.shape)
    return v
