"""Right answer: nn.Linear built with dtype=x.dtype, weights copied under no_grad, loss with
.square().mean(), cloned grads, model.zero_grad() and the None read back."""
import torch


def linear_layer_grads(x, w, b):
    model = torch.nn.Linear(3, 2, dtype=x.dtype)
    with torch.no_grad():
        model.weight.copy_(w)
        model.bias.copy_(b)
    loss = model(x).square().mean()
    loss.backward()
    weight_grad = model.weight.grad.detach().clone()
    bias_grad = model.bias.grad.detach().clone()
    model.zero_grad()
    after = model.weight.grad
    return weight_grad, bias_grad, after
