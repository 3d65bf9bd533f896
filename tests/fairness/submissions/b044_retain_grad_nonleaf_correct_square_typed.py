import numpy as np
import torch


def retained_nonleaf_grad(p: torch.Tensor) -> torch.Tensor:
    w = torch.mul(p, 10)
    w.retain_grad()
    l = torch.square(w).sum()
    l.backward()
    print("w.grad =", w.grad, " p.grad =", p.grad)
    return w
