r"""Wrong: the right numbers, but written out by hand instead of with nn.MSELoss.

fails: loss_grad_fn
diagnosis: was a mean \(MeanBackward0\), but an MSE loss \(MseLossBackward0\) was expected
description: writes ((pred - target) ** 2).mean() instead of using nn.MSELoss
mistakes: operation
"""


def mse_loss_backward(pred, target):
    loss = ((pred - target) ** 2).mean()
    loss.backward()
    return loss
