"""Half done: the loss and the backward pass are right, but the SGD step is missing (the optimizer is
never created), so the parameters do not move."""
import torch


def mlp_param_grads(model, x, y):
    loss = torch.nn.functional.mse_loss(model(x), y)
    loss.backward()
    # TODO: torch.optim.SGD(model.parameters(), lr=0.1) and step()
    return loss
