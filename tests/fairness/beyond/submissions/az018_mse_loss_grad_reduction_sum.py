"""One mistake: uses nn.MSELoss(reduction='sum') instead of the default mean, so the loss and the
gradient are N times too large."""
import torch
import torch.nn as nn


def mse_loss_backward(pred, target):
    criterion = nn.MSELoss(reduction='sum')
    loss = criterion(pred, target)
    loss.backward()
    return loss
