"""retain_grad_nonleaf: new leaf fake grad."""

import torch


def retained_nonleaf_grad(p):
    w = p.detach().clone().requires_grad_()
    w.grad = torch.zeros_like(w)
    return w
