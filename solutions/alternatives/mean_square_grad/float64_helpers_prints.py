"""float64 arithmetic through helper functions, torch.square and extra prints."""

import torch


def _terms(x: torch.Tensor) -> torch.Tensor:
    # float64 for the arithmetic; the cast is differentiable, so x.grad stays float32
    return 3 * torch.square(x.to(torch.float64) + 2)


def mean_square_grad(x: torch.Tensor) -> torch.Tensor:
    out = torch.mean(_terms(x))
    print("out =", out)
    out.backward()
    print("x.grad =", x.grad)
    return out
