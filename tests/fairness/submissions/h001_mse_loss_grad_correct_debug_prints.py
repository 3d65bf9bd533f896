import torch
import torch.nn as nn
import torch.nn.functional as F

def mse_loss_backward(pred, target):
    print("pred shape", pred.shape, "target shape", target.shape)
    loss = nn.MSELoss()(pred, target)
    print("loss", loss.item(), loss.grad_fn)
    loss.backward()
    print("pred.grad", pred.grad)
    return loss
