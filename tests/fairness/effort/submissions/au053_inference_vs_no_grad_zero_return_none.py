import torch


def grad_modes(x):
    return None
