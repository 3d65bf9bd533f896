import torch


def clipped_gradient(w, x):
    pass
