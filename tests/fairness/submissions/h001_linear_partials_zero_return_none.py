import torch

def linear_partials(x, w, b):
    return None
