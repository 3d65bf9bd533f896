"""Wrong: the right numbers, but written out by hand instead of with nn.MSELoss."""


def mse_loss_backward(pred, target):
    loss = ((pred - target) ** 2).mean()
    loss.backward()
    return loss
