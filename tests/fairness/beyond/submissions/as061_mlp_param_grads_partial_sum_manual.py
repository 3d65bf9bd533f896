import torch


def mlp_param_grads(model, x, y):
    loss = ((model(x) - y) ** 2).sum()
    loss.backward()
    with torch.no_grad():
        for p in model.parameters():
            p.add_(p.grad, alpha=-0.1)
    return loss
