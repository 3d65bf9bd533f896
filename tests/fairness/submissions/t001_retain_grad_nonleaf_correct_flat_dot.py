import torch


def retained_nonleaf_grad(p):
    w = 10.0 * p
    w.retain_grad()
    flat = w.reshape(-1)
    l = torch.dot(flat, flat)  # sum of squares for any shape
    l.backward()
    return w
