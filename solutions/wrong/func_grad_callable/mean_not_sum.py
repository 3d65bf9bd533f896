r"""f written with .mean() out of habit: every gradient entry is divided by the number of entries.

fails: grad_example, grad_vector_hidden, grad_matrix_hidden
diagnosis: mean|sum
description: averages the terms instead of summing them, so the gradient is 1/n of the right one
mistakes: sum_vs_mean
"""

import torch


def make_grad(a):
    return torch.func.grad(lambda x: (torch.sin(a * x) + a / 2 * x**2).mean())
