r"""Wrong: a second backward through f.sum() 'to double-check' adds the gradient a second time.

fails: x_grad, backward_once, x_grad_hidden
diagnosis: \.grad accumulates
description: runs a second backward (f.sum().backward()) to double-check, so x.grad doubles
mistakes: accumulation, backward_count
"""

import torch


def quadratic_backward_ones(x):
    f = 2 * (x * x) + 5 * x + 6
    f.backward(torch.ones_like(f), retain_graph=True)
    f.sum().backward()
    return f
