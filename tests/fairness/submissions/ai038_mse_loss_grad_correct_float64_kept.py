"""Answer to mse_loss_grad (float64_kept)."""

import torch

def mse_loss_backward(pred, target):
    loss = torch.nn.MSELoss()(pred.double(), target.double())
    loss.backward()
    return loss
