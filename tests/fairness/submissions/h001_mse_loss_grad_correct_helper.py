import torch
import torch.nn as nn
import torch.nn.functional as F

def _compute_loss(pred, target):
    return nn.MSELoss()(pred, target)


def mse_loss_backward(pred, target):
    if pred.grad is not None:
        pred.grad = None
    loss = _compute_loss(pred, target)
    loss.backward()
    return loss
