"""One mistake: uses nn.MSELoss(reduction='sum') instead of the default mean, so the loss and
pred.grad are N times too big."""
import torch
from torch import nn


def mse_loss_backward(pred, target):
    criterion = nn.MSELoss(reduction='sum')
    loss = criterion(pred, target)
    loss.backward()
    return loss
