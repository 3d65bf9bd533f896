"""One mistake: the SGD step is written by hand (p -= 0.1 * p.grad under no_grad) instead of with
torch.optim.SGD's step(), which the prompt asks for."""
import torch


def mlp_param_grads(model, x, y):
    loss = ((model(x) - y) ** 2).mean()
    loss.backward()
    with torch.no_grad():
        for p in model.parameters():
            p -= 0.1 * p.grad
    return loss
