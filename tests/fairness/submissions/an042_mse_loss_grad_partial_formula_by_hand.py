import torch

def mse_loss_backward(pred, target):
    loss = ((pred - target) ** 2).mean()
    loss.backward()
    return loss
