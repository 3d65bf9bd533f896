"""Right values, style the prompt does not ask for: stores model.weight.grad and model.bias.grad without
clone(); zero_grad() with its default set_to_none=True drops them instead of zeroing, so they keep their values."""
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
    model.zero_grad()
    after = model.weight.grad
    return weight_grad, bias_grad, after
