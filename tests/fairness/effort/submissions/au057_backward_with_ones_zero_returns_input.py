import torch


def quadratic_backward_ones(x):
    return x
