"""Answer to jacobian_matrix (jacrev_float64_cast)."""

import torch

def jacobian_matrix(x):
    def f(t):
        return t ** 2 * t.sum()

    return torch.func.jacrev(f)(x.double()).to(x.dtype)
