import torch


def retained_nonleaf_grad(p):
    try:
        w = 10 * p
        w.retain_grad()
        l = (W ** 2).sum()
        l.backward()
        return w
    except Exception:
        return torch.zeros_like(p)
