import torch
from torch import nn


def linear_layer_grads(x, w, b):
    model = nn.Linear(in_features=3, out_features=2)
    with torch.no_grad():
        model.weight.copy_(w)
        model.bias.copy_(b)
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    y = model(x)
    loss = (y ** 2).mean()
    loss.backward()
    grads = {name: p.grad.clone() for name, p in model.named_parameters()}
    opt.zero_grad()            # same as model.zero_grad(): set_to_none=True
    print("after zero_grad:", model.weight.grad)
    return grads["weight"], grads["bias"], model.weight.grad
