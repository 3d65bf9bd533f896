import torch
import torch.nn as nn


def linear_layer_grads(x, w, b):
    model = nn.Linear(3, 2)
    # replace the random parameters by copies of the starting weights
    model.weight = nn.Parameter(w.clone())
    model.bias = nn.Parameter(b.clone())
    out = model(x)
    loss = (out ** 2).mean()
    loss.backward()
    weight_grad = model.weight.grad.detach().clone()
    bias_grad = model.bias.grad.detach().clone()
    model.zero_grad(set_to_none=True)
    after = model.weight.grad
    return (weight_grad, bias_grad, after)
