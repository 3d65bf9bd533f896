import torch
import torch.nn.functional as F


def mean_square_grad(x):
    # 3 * mean((x - (-2))^2)
    target = torch.full_like(x, -2.0)
    out = 3 * F.mse_loss(x, target)
    out.backward()
    return out
