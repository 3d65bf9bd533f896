"""Wrong: the vector is torch.ones(4, 4) as in the tutorial, whatever the shape of f.

fails: f_value, x_grad, x_grad_hidden, f_value_hidden
diagnosis: your code raised RuntimeError. Mismatch in shape
description: copies torch.ones(4, 4) from the tutorial, which only fits 4x4 inputs
mistakes: shape
"""

import torch


def quadratic_backward_ones(x):
    f = 2 * (x * x) + 5 * x + 6
    f.backward(torch.ones(4, 4))
    return f
