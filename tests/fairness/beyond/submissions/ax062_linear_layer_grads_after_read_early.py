"""linear_layer_grads: reads `after = model.weight.grad` before model.zero_grad() (mistake: order, after is the gradient, not None)."""
import torch


def linear_layer_grads(x, w, b):
    model = torch.nn.Linear(3, 2)
    with torch.no_grad():
        model.weight.copy_(w)
        model.bias.copy_(b)
    loss = model(x).pow(2).mean()
    loss.backward()
    weight_grad = model.weight.grad.clone()
    bias_grad = model.bias.grad.clone()
    after = model.weight.grad
    model.zero_grad()
    return weight_grad, bias_grad, after
