import torch
from torch.func import vjp, vmap


def jacobian_matrix(x):
    f = lambda t: t ** 2 * t.sum()
    _, pullback = vjp(f, x)
    I = torch.eye(x.numel(), dtype=x.dtype)
    (J,) = vmap(pullback)(I)
    return J
