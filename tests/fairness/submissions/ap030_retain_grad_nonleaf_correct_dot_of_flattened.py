import torch


def retained_nonleaf_grad(p):
    w = p * 10.0
    w.retain_grad()
    flat = w.reshape(-1)
    l = torch.dot(flat, flat)
    l.backward()
    return w
