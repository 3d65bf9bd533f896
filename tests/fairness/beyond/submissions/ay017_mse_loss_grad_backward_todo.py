"""Half done: the MSE loss is computed with nn.MSELoss() and returned, but the backward call is left as
a TODO, so pred.grad is never filled."""
import torch
import torch.nn as nn


def mse_loss_backward(pred, target):
    criterion = nn.MSELoss()
    loss = criterion(pred, target)
    # TODO: backward
    return loss
