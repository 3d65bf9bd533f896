"""Wrong: reduction="sum" adds the squared differences instead of averaging them.

fails: loss_value, pred_grad, pred_grad_hidden, loss_hidden
diagnosis: a sum where a mean was meant
description: nn.MSELoss(reduction="sum"), which drops the 1/N
example: true
"""

from torch import nn


def mse_loss_backward(pred, target):
    loss = nn.MSELoss(reduction="sum")(pred, target)
    loss.backward()
    return loss
