"""The sum of squares where the mean was asked.

fails: weight_grad, bias_grad, grads_hidden
diagnosis: sum where a mean|times|ratio
description: sums the squared outputs instead of averaging them
mistakes: sum_vs_mean
"""

import torch


def linear_layer_grads(x, w, b):
    model = torch.nn.Linear(3, 2)
    with torch.no_grad():
        model.weight.copy_(w)
        model.bias.copy_(b)
    model(x).pow(2).sum().backward()
    wg = model.weight.grad.clone()
    bg = model.bias.grad.clone()
    model.zero_grad()
    return wg, bg, model.weight.grad
