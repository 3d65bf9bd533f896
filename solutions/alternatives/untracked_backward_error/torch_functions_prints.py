"""torch.add / torch.pow / torch.mean, a print of the flag, the name z reused."""

import torch


def backward_untracked_mean(x: torch.Tensor) -> torch.Tensor:
    y = torch.add(x, 2)
    z = 2 * torch.pow(y, 2)
    z = torch.mean(z)
    print("x.requires_grad =", x.requires_grad, "| z.grad_fn =", z.grad_fn)
    z.backward()
    return z
