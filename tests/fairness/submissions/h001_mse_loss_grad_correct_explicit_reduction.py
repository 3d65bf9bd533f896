import torch
import torch.nn as nn
import torch.nn.functional as F

def mse_loss_backward(pred, target):
    loss_fn = torch.nn.MSELoss(reduction="mean")
    loss = loss_fn(input=pred, target=target)
    loss.backward()
    return loss
