import torch


def retained_nonleaf_grad(p):
    """Keep the gradient of the intermediate w = 10 p."""
    w = p * 10
    w.retain_grad()          # must come before backward()
    l = torch.sum(w.pow(2))
    l.backward()
    return w
