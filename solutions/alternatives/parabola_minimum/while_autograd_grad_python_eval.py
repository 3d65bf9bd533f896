"""A while loop, torch.autograd.grad for f'(x), torch.square, and the final f evaluated in plain Python."""

import torch


def parabola_minimum(x: torch.Tensor, lr: float, steps: int) -> float:
    step = 0
    while step < steps:
        y = 3 * torch.square(x) + 2 * x - 1.2
        (slope,) = torch.autograd.grad(y, x)
        with torch.no_grad():
            x.add_(-lr * slope)
        step += 1
        print(f"step {step}: x = {x.item():.6f}")
    xv = x.item()
    return 3 * xv**2 + 2 * xv - 1.2
