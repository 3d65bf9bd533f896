r"""Wrong: backward runs twice (the first time keeping the graph), so the gradient is added twice.

fails: pred_grad, backward_once, pred_grad_hidden
diagnosis: \.grad accumulates
description: calls backward twice (retain_graph=True the first time), so pred.grad doubles
mistakes: accumulation, backward_count
"""

from torch import nn


def mse_loss_backward(pred, target):
    loss = nn.MSELoss()(pred, target)
    loss.backward(retain_graph=True)
    loss.backward()
    return loss
