import torch


def linear_layer_grads(x, w, b):
    model = torch.nn.Linear(3, 2)
    with torch.no_grad():
        for p, start in zip(model.parameters(), (w, b)):
            p.copy_(start)
    loss = model(x).pow(2).mean()
    loss.backward()
    weight_grad, bias_grad = [p.grad.clone() for p in model.parameters()]
    model.zero_grad()
    return weight_grad, bias_grad, model.weight.grad
