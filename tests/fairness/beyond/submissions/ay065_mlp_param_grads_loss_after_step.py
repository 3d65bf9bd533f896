"""One mistake: after the step it recomputes the loss and returns that one, instead of the loss from before
the step; gradients and the update are right."""
import torch


def mlp_param_grads(model, x, y):
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    loss = ((model(x) - y) ** 2).mean()
    loss.backward()
    opt.step()
    loss = ((model(x) - y) ** 2).mean()
    return loss
