import torch


def _build(w, b):
    layer = torch.nn.Linear(3, 2)
    with torch.no_grad():
        layer.weight.copy_(w.clone())
        layer.bias.copy_(b.clone())
    return layer


def linear_layer_grads(x, w, b):
    model = _build(w, b)
    xin = x.clone()
    loss = model(xin).pow(2).mean()
    loss.backward()
    grads = [p.grad.clone() for p in (model.weight, model.bias)]
    model.zero_grad()
    return grads[0], grads[1], model.weight.grad
