"""mlp_param_grads: half done, two mistakes: updates the parameters by hand instead of torch.optim.SGD, and returns loss.item()."""
import torch


def mlp_param_grads(model, x, y):
    loss = ((model(x) - y) ** 2).mean()
    loss.backward()
    with torch.no_grad():
        for p in model.parameters():
            p -= 0.1 * p.grad
    return loss.item()
