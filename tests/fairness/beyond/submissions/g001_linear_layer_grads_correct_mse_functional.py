import torch
import torch.nn.functional as F


def set_weights(layer, w, b):
    with torch.no_grad():
        layer.weight.copy_(w)
        layer.bias.copy_(b)


def linear_layer_grads(x, w, b):
    model = torch.nn.Linear(3, 2)
    set_weights(model, w, b)
    out = model(x)
    loss = F.mse_loss(out, torch.zeros_like(out))  # mean of the squared outputs
    loss.backward()
    weight_grad = torch.clone(model.weight.grad)
    bias_grad = torch.clone(model.bias.grad)
    model.zero_grad()
    return weight_grad, bias_grad, model.weight.grad
