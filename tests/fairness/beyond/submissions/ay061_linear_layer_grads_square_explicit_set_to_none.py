"""Correct: copies the weights in under no_grad, loss = model(x).square().mean(), clones both gradients, then
model.zero_grad(set_to_none=True) (the default, written out) and reads after."""
import torch


def linear_layer_grads(x, w, b):
    model = torch.nn.Linear(3, 2)
    with torch.no_grad():
        model.weight.copy_(w)
        model.bias.copy_(b)
    loss = model(x).square().mean()
    loss.backward()
    weight_grad = model.weight.grad.detach().clone()
    bias_grad = model.bias.grad.detach().clone()
    model.zero_grad(set_to_none=True)
    after = model.weight.grad
    return weight_grad, bias_grad, after
