import torch


def mse_loss_backward(pred, target):
    # Write your code here, then delete the next line (it marks the exercise as not done).
    raise NotImplementedError
