r"""torch.func.grad of a function that returns the terms, not their sum: grad refuses a non-scalar output.

fails: grad_example, grad_vector_hidden, grad_matrix_hidden
diagnosis: single number|raised
description: forgets .sum(), so torch.func.grad raises on every call
mistakes: shape
"""

import torch


def make_grad(a):
    return torch.func.grad(lambda x: torch.sin(a * x) + a / 2 * x**2)
