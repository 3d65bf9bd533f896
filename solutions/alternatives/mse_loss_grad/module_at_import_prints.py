"""The module built once at import time with reduction='mean' spelled out, and a print."""

import torch

criterion = torch.nn.MSELoss(reduction="mean")


def mse_loss_backward(pred: torch.Tensor, target: torch.Tensor) -> torch.Tensor:
    loss = criterion(pred, target)
    loss.backward()
    print(f"mse = {loss.item():.4f}, |grad| = {pred.grad.norm().item():.4f}")
    return loss
