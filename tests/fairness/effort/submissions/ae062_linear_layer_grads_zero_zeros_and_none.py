import torch


def linear_layer_grads(x, w, b):
    weight_grad = torch.zeros_like(w)
    bias_grad = torch.zeros_like(b)
    after = None
    return (weight_grad, bias_grad, after)
