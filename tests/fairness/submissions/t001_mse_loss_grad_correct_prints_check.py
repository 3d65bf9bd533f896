import torch
from torch import nn


def mse_loss_backward(pred, target):
    loss = nn.MSELoss()(pred, target)
    print("loss:", loss.item(), "grad_fn:", type(loss.grad_fn).__name__)
    loss.backward()
    # compare with the formula 2/N (pred - target)
    expected = 2.0 / pred.numel() * (pred.detach() - target)
    print("matches formula:", torch.allclose(pred.grad, expected))
    return loss
