import torch
import torch.nn.functional as F


def mse_loss_backward(pred, target):
    if pred.grad is not None:
        pred.grad = None
    loss = F.mse_loss(pred, target, reduction="mean")
    loss.backward(gradient=torch.ones_like(loss))
    return loss
