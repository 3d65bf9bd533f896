import torch
from torch.func import jacrev


def jacobian_matrix(x):
    return jacrev(lambda t: t.pow(2) * torch.sum(t))(x)
