"""Wrong: backward runs twice (the first time keeping the graph), so the gradient is added twice."""

from torch import nn


def mse_loss_backward(pred, target):
    loss = nn.MSELoss()(pred, target)
    loss.backward(retain_graph=True)
    loss.backward()
    return loss
