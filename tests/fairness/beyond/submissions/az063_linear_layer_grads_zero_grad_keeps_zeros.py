"""One mistake: calls model.zero_grad(set_to_none=False), so `after` is a tensor of zeros instead of the
None the prompt describes; the stored (cloned) gradients are right."""
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
    model.zero_grad(set_to_none=False)
    after = model.weight.grad
    return weight_grad, bias_grad, after
