import torch
import torch.nn as nn
import torch.nn.functional as F

def mse_loss_backward(pred, target):
    loss = F.mse_loss(pred, target)
    loss.backward(retain_graph=True)
    print(pred.grad)
    loss.backward()
    return loss
