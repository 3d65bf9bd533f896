"""A while loop, torch.square, p.grad.zero_() at the end of each step instead of zero_grad() first."""

from typing import List

import torch


def sgd_optimizer_steps(p: torch.Tensor, lr: float, steps: int) -> List[float]:
    sgd = torch.optim.SGD([p], lr=lr)
    losses: List[float] = []
    k = 0
    while k < steps:
        loss = torch.square(p - torch.square(p)).sum()
        loss.backward()
        losses.append(loss.detach().item())
        sgd.step()
        p.grad.zero_()
        print(f"step {k}: loss {losses[-1]:.5f}")
        k += 1
    return losses
