import torch


def linear_partials(x, w, b):
    # TODO
    return None
