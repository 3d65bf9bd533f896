import torch


def mlp_param_grads(model, x, y):
    return None
