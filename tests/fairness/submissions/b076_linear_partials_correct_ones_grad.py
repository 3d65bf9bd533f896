import numpy as np
import torch


def linear_partials(x: torch.Tensor, w: torch.Tensor, b: torch.Tensor) -> torch.Tensor:
    y = x * w + b
    y.backward(torch.ones_like(y))   # one-element output, explicit seed
    return y
