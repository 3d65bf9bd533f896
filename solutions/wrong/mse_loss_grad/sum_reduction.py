"""Wrong: reduction="sum" adds the squared differences instead of averaging them.

fails: loss_value, pred_grad, pred_grad_hidden, loss_hidden
diagnosis: a sum where a mean was meant
description: uses nn.MSELoss(reduction="sum"), which drops the 1/N of the default mean
example: true
mistakes: sum_vs_mean
"""

from torch import nn


def mse_loss_backward(pred, target):
    loss = nn.MSELoss(reduction="sum")(pred, target)
    loss.backward()
    return loss
