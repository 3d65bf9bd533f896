import torch
from torch import nn


class MeanOfScaledSquares(nn.Module):
    def __init__(self, shift=2.0, scale=3.0):
        super().__init__()
        self.shift = shift
        self.scale = scale

    def forward(self, t):
        return (self.scale * (t + self.shift) ** 2).mean()


def mean_square_grad(x):
    out = MeanOfScaledSquares()(x)
    out.backward(gradient=torch.ones_like(out))
    return out
