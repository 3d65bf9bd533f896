import torch


def retained_nonleaf_grad(p):
    pass
