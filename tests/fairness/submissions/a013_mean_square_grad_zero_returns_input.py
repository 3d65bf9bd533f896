import torch


def mean_square_grad(x):
    return x
