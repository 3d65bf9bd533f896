import torch
import torch.nn as nn


class F(nn.Module):
    def forward(self, x):
        return x.pow(2) * x.sum(dim=0, keepdim=True)


def jacobian_matrix(x):
    return torch.func.jacfwd(F())(x)
