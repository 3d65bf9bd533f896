"""linear_layer_grads: half done, two mistakes: stores .grad without clone, and zero_grad(set_to_none=False) zeroes them in place (after is zeros, not None)."""
import torch


def linear_layer_grads(x, w, b):
    model = torch.nn.Linear(3, 2)
    with torch.no_grad():
        model.weight.copy_(w)
        model.bias.copy_(b)
    loss = model(x).pow(2).mean()
    loss.backward()
    weight_grad = model.weight.grad
    bias_grad = model.bias.grad
    model.zero_grad(set_to_none=False)
    after = model.weight.grad
    return weight_grad, bias_grad, after
