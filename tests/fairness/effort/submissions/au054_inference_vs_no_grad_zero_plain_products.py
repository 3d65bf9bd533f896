import torch


def grad_modes(x):
    a = x * 2
    b = x * 2
    return a, b, None
