"""torch.mul and torch.square instead of operators, with prints of both gradients."""

import torch


def retained_nonleaf_grad(p: torch.Tensor) -> torch.Tensor:
    w = torch.mul(p, 10)
    w.retain_grad()  # must come before backward(), which frees the non-leaf's gradient
    l = torch.square(w).sum()
    l.backward()
    print("dl/dw =", w.grad, "dl/dp =", p.grad)
    return w
