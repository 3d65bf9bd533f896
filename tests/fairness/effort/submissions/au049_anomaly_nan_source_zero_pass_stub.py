import torch


def find_nan_gradient(x):
    pass
