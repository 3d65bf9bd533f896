import torch


def grad_modes(x):
    raise NotImplementedError
