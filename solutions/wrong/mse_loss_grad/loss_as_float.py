r"""Wrong: the loss is returned as a Python float (loss.item()), without its graph.

fails: loss_value, loss_grad_fn, loss_hidden
diagnosis: no \.item\(\)
description: returns loss.item(), a Python float, instead of the loss tensor
mistakes: type
"""

from torch import nn


def mse_loss_backward(pred, target):
    loss = nn.MSELoss()(pred, target)
    loss.backward()
    return loss.item()
