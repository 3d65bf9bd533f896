"""torch.mean(torch.mul(...)) in float64, with a NumPy cross-check printed after backward."""

import numpy as np
import torch


def mean_product_grad(t1: torch.Tensor, t2: torch.Tensor) -> torch.Tensor:
    out = torch.mean(torch.mul(t1.to(torch.float64), t2.to(torch.float64)))
    out.backward()
    expected = t2.detach().numpy() / t1.numel()
    print("t1.grad matches t2 / n:", np.allclose(t1.grad.numpy(), expected))
    return out
