import torch
import torch.nn as nn
import torch.nn.functional as F

def mse_loss_backward(pred, target):
    loss = ((pred - target) ** 2).mean()
    loss.backward()
    return loss
