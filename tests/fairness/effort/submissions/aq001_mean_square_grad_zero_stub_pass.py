import torch


def mean_square_grad(x):
    # TODO: compute mean(3 (x+2)^2) and backward
    pass
