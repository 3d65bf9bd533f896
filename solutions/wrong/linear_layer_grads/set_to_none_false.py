"""zero_grad(set_to_none=False): zeros, not None.

fails: after_zero_grad, grads_hidden
diagnosis: None
description: calls zero_grad(set_to_none=False), which leaves tensors of zeros where the default zero_grad() leaves None
mistakes: type
"""

import torch


def linear_layer_grads(x, w, b):
    model = torch.nn.Linear(3, 2)
    with torch.no_grad():
        model.weight.copy_(w)
        model.bias.copy_(b)
    model(x).pow(2).mean().backward()
    wg = model.weight.grad.clone()
    bg = model.bias.grad.clone()
    model.zero_grad(set_to_none=False)
    return wg, bg, model.weight.grad
