import torch
import torch.nn as nn


def mse_loss_backward(pred, target):
    loss_fn = nn.MSELoss()
    loss = loss_fn(pred, target)
    loss.backward()
    return loss
