r"""Wrong: the loss from nn.MSELoss, but the gradient typed in from the formula.

fails: backward_once
diagnosis: backward\(\) never ran
description: stores 2(pred - target)/N in pred.grad by hand; backward() never runs
mistakes: no_backward
"""

import torch
from torch import nn


def mse_loss_backward(pred, target):
    loss = nn.MSELoss()(pred, target)
    with torch.no_grad():
        pred.grad = 2 * (pred - target) / pred.numel()
    return loss
