import torch


import torch.nn as nn
import torch.nn.functional as F

def linear_layer_grads(x, w, b):
    model = nn.Linear(3, 2)
    model.weight = nn.Parameter(w.clone())
    model.bias = nn.Parameter(b.clone())
    y = model(x)
    loss = F.mse_loss(y, torch.zeros_like(y))
    loss.backward()
    wg = model.weight.grad.detach().clone()
    bg = model.bias.grad.detach().clone()
    model.zero_grad(set_to_none=True)
    return wg, bg, model.weight.grad
