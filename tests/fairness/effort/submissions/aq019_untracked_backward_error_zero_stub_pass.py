import torch


def backward_untracked_mean(x):
    pass
