r"""Returns the gradient at a (a tensor) instead of the function that computes gradients.

fails: grad_example, grad_vector_hidden, grad_matrix_hidden
diagnosis: not something that can be called
description: calls torch.func.grad(f) on a tensor made from a and returns the resulting tensor, instead of returning the function g itself
mistakes: type
"""

import torch


def make_grad(a):
    f = lambda x: (torch.sin(a * x) + a / 2 * x**2).sum()  # noqa: E731
    return torch.func.grad(f)(torch.tensor(float(a)))
