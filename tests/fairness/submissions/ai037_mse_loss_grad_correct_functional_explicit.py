"""Answer to mse_loss_grad (functional_explicit)."""

import torch

import torch.nn.functional as F


def mse_loss_backward(pred, target):
    loss = F.mse_loss(pred, target, reduction="mean")
    loss.backward(torch.ones_like(loss))
    return loss
