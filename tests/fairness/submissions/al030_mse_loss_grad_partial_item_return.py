"""Autograd exercises: my answer for `mse_loss_grad`."""

import torch


def mse_loss_backward(pred, target):
    loss_fn = torch.nn.MSELoss()
    loss = loss_fn(pred, target)
    loss.backward()
    return loss.item()
