import torch


def linear_layer_grads(x, w, b):
    model = torch.nn.Linear(in_features=3, out_features=2)
    for param, start in zip(model.parameters(), (w, b)):
        with torch.no_grad():
            param.copy_(start)
    model(x).pow(2).mean().backward()
    grads = [param.grad.clone() for param in model.parameters()]
    model.zero_grad(set_to_none=True)
    return (grads[0], grads[1], model.weight.grad)
