"""An optimizer's zero_grad() (also set_to_none=True by default), autograd.grad into .grad."""

import torch


def linear_layer_grads(x, w, b):
    layer = torch.nn.Linear(in_features=3, out_features=2)
    layer.weight.data = w.clone()
    layer.bias.data = b.clone()
    opt = torch.optim.SGD(layer.parameters(), lr=0.1)
    out = layer(x)
    loss = (out * out).sum() / out.numel()
    loss.backward()
    w, b = layer.weight.grad.clone(), layer.bias.grad.clone()
    opt.zero_grad()
    print("after zero_grad:", layer.weight.grad)
    return (w, b, layer.weight.grad)
