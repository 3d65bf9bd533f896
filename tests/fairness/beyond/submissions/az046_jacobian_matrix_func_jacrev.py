"""Right answer: torch.func.jacrev of a helper function; checks that x is 1-D and returns the (n, n)
matrix."""
import torch
from torch.func import jacrev


def _f(x):
    return x ** 2 * x.sum()


def jacobian_matrix(x):
    if x.dim() != 1:
        raise ValueError("x must be 1-D")
    jac = jacrev(_f)(x)
    assert jac.shape == (x.numel(), x.numel())
    return jac
