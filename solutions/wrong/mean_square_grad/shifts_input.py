"""Wrong: shifts the caller's x by 2 in place, so x no longer holds the values it was given.

fails: x_unchanged
diagnosis: changed the values of x
description: adds 2 to x in place (under no_grad) and then squares x; the numbers are right but x has changed
mistakes: input_mutated
"""

import torch


def mean_square_grad(x):
    with torch.no_grad():
        x += 2
    out = (3 * x**2).mean()
    out.backward()
    return out
