import torch

import torch.nn.functional as F


def square_gap_grad(p):
    w = p * p
    loss = F.mse_loss(p, w, reduction="sum")
    loss.backward()
    return loss
