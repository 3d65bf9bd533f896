"""The loss computed in float64 (pred.double(), target.double()); the gradient still reaches pred."""

from torch import nn


def mse_loss_backward(pred, target):
    loss = nn.MSELoss()(pred.double(), target.double())
    loss.backward()
    return loss
