import numpy as np
import torch
from typing import List


def sgd_optimizer_steps(p: torch.Tensor, lr: float, steps: int) -> List[float]:
    sgd = torch.optim.SGD([p], lr=lr)
    losses: List[float] = []
    k = 0
    while k < steps:
        sgd.zero_grad()
        loss = torch.square(p - torch.square(p)).sum()
        loss.backward()
        losses.append(loss.detach().item())
        sgd.step()
        print(f"step {k}: loss {losses[-1]:.5f}")
        k += 1
    return losses
