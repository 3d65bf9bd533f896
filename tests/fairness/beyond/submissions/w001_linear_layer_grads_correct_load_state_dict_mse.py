import torch
import torch.nn as nn
import torch.nn.functional as F


def linear_layer_grads(x, w, b):
    model = nn.Linear(3, 2)
    # load_state_dict copies the values in without recording it in the graph
    model.load_state_dict({"weight": w, "bias": b})
    out = model(x)
    loss = F.mse_loss(out, torch.zeros_like(out))  # mean of squares
    loss.backward()
    weight_grad = model.weight.grad.detach().clone()
    bias_grad = model.bias.grad.detach().clone()
    model.zero_grad()
    return weight_grad, bias_grad, model.weight.grad
