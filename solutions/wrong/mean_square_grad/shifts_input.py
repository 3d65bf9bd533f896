"""Wrong: shifts the caller's x by 2 in place, so x no longer holds the values it was given."""

import torch


def mean_square_grad(x):
    with torch.no_grad():
        x += 2
    out = (3 * x**2).mean()
    out.backward()
    return out
