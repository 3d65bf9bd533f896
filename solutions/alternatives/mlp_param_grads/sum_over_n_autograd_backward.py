"""The mean written as a sum over the batch size, backward through torch.autograd.backward."""

import torch


def mlp_param_grads(model, x, y):
    n = x.shape[0]
    residual = model(x) - y
    loss = residual.pow(2).sum() / n
    torch.autograd.backward(loss)
    sgd = torch.optim.SGD(list(model.parameters()), lr=0.1, momentum=0.0)
    sgd.step()
    return loss
