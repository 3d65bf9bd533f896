import torch
from torch import nn


def mse_loss_backward(pred, target):
    criterion = nn.MSELoss(reduction="sum")
    loss = criterion(pred, target)
    loss.backward()
    return loss
