import torch


def vector_backward(x, v):
    pass
