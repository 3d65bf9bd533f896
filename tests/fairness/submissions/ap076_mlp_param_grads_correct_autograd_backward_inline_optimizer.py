import torch


def mlp_param_grads(model, x, y):
    residual = model(x) - y
    loss = (residual * residual).mean()
    torch.autograd.backward(loss)
    torch.optim.SGD(params=list(model.parameters()), lr=0.1).step()
    return loss
