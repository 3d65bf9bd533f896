"""Wrong: the loss is returned as a Python float (loss.item()), without its graph."""

from torch import nn


def mse_loss_backward(pred, target):
    loss = nn.MSELoss()(pred, target)
    loss.backward()
    return loss.item()
