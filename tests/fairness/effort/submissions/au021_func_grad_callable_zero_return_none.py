import torch


def make_grad(a):
    return None
