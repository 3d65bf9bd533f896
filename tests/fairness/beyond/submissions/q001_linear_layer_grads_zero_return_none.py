import torch


def linear_layer_grads(x, w, b):
    model = torch.nn.Linear(3, 2)
    return None
