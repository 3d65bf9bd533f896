"""mse_loss_grad: loss against itself."""

import torch


def mse_loss_backward(pred, target):
    criterion = torch.nn.MSELoss()
    loss = criterion(pred, pred.detach())
    loss.backward()
    return loss
