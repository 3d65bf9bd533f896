import torch


def retained_nonleaf_grad(p):
    w = 10 * p
    w.retain_grad()
    # dl/dw = 2w and dl/dp = 200p
    w.grad = 2 * w.detach()
    p.grad = 200 * p.detach()
    return w
