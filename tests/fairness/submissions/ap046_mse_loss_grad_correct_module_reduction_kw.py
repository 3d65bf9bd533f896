import torch
from torch import nn


def mse_loss_backward(pred, target):
    criterion = nn.MSELoss(reduction='mean')
    loss = criterion(input=pred, target=target)
    loss.backward()
    return loss
