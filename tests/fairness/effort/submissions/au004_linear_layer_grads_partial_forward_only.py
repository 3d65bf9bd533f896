import torch


def linear_layer_grads(x, w, b):
    model = torch.nn.Linear(3, 2)
    with torch.no_grad():
        model.weight.copy_(w)
        model.bias.copy_(b)
    loss = model(x).pow(2).mean()
    # still need backward and the gradients
    weight_grad = model.weight.grad
    bias_grad = model.bias.grad
    after = model.weight.grad
    return weight_grad, bias_grad, after
