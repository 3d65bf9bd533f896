import torch


def mse_loss_backward(pred, target):
    criterion = torch.nn.MSELoss(reduction="mean")
    loss = criterion(input=pred, target=target)
    torch.autograd.backward(loss)
    return loss
