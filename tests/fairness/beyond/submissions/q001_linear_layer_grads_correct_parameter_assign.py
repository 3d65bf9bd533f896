import torch


def linear_layer_grads(x, w, b):
    model = torch.nn.Linear(3, 2)
    # replace the parameters by copies of the starting weights
    model.weight = torch.nn.Parameter(w.clone())
    model.bias = torch.nn.Parameter(b.clone())
    loss = model(x).square().mean()
    loss.backward()
    weight_grad = torch.clone(model.weight.grad)
    bias_grad = torch.clone(model.bias.grad)
    model.zero_grad()
    after = model.weight.grad
    return weight_grad, bias_grad, after
