r"""Derivative by hand, forgetting the chain rule's inner factor a on the sine's derivative.

fails: grad_example, grad_vector_hidden, grad_matrix_hidden
diagnosis: return\.call\(example\)
description: returns cos(a x) + a x instead of a cos(a x) + a x
example: true
"""

import torch


def make_grad(a):
    return lambda x: torch.cos(a * x) + a * x
