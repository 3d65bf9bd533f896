"""torch.func.jacrev on a lambda."""

from torch.func import jacrev


def jacobian_matrix(x):
    return jacrev(lambda t: t * t * t.sum())(x)
