import torch
from torch.func import jacrev


def jacobian_matrix(x):
    return jacrev(lambda v: v.pow(2) * torch.sum(v))(x)
