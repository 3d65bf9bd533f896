"""One mistake: reads `after = model.weight.grad` before calling model.zero_grad(), so `after` is
the gradient tensor instead of None (wrong order)."""
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
