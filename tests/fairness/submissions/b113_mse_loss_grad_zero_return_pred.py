import torch
from torch import nn


def mse_loss_backward(pred, target):
    return pred
