"""No copies: the in-place zeroing reaches the stored gradients.

fails: weight_grad, bias_grad, after_zero_grad, grads_hidden
diagnosis: zero|clone|copy
description: keeps model.weight.grad itself, then zero_grad(set_to_none=False) zeroes it in place
mistakes: stored_reference
"""

import torch


def linear_layer_grads(x, w, b):
    model = torch.nn.Linear(3, 2)
    with torch.no_grad():
        model.weight.copy_(w)
        model.bias.copy_(b)
    model(x).pow(2).mean().backward()
    wg = model.weight.grad
    bg = model.bias.grad
    model.zero_grad(set_to_none=False)
    return wg, bg, model.weight.grad
