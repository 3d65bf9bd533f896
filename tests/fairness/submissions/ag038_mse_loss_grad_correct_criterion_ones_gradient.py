import torch


def mse_loss_backward(pred, target):
    criterion = torch.nn.MSELoss()
    loss = criterion(pred, target)
    loss.backward(gradient=torch.ones_like(loss))
    return loss
