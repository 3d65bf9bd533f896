import torch


def forward(model, x):
    # model is Sequential(Linear, Tanh, Linear): do the layers by hand
    first, _, last = model[0], model[1], model[2]
    hidden = torch.tanh(x @ first.weight.T + first.bias)
    return hidden @ last.weight.T + last.bias


def mse(pred, target):
    diff = pred - target
    return (diff * diff).mean()


def mlp_param_grads(model, x, y):
    sgd = torch.optim.SGD(params=list(model.parameters()), lr=0.1)
    loss = mse(forward(model, x), y)
    loss.backward()
    sgd.step()
    return loss
