import torch


def mse_loss_backward(pred, target):
    diff = pred - target
    loss = (diff * diff).mean()
    loss.backward()
    return loss
