r"""Derivative by hand, forgetting the chain rule's inner factor a on the sine's derivative.

fails: grad_example, grad_vector_hidden, grad_matrix_hidden
diagnosis: return\.call\(example\)
description: your g computes cos(a x) + a x, forgetting the chain rule's factor a on the sine's derivative: a cos(a x) + a x
example: true
mistakes: operation
"""

import torch


def make_grad(a):
    return lambda x: torch.cos(a * x) + a * x
