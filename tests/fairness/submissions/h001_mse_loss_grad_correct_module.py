import torch
import torch.nn as nn
import torch.nn.functional as F

def mse_loss_backward(pred, target):
    criterion = nn.MSELoss()
    loss = criterion(pred, target)
    loss.backward()
    return loss
