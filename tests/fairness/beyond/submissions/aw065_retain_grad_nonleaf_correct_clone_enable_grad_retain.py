import torch


def retained_nonleaf_grad(p):
    with torch.enable_grad():
        w = p.clone() * 10
        w.retain_grad()
        l = w.pow(2).sum()
        l.backward(retain_graph=True)
    return w
