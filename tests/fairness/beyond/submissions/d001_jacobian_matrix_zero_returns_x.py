import torch


def jacobian_matrix(x):
    return x
