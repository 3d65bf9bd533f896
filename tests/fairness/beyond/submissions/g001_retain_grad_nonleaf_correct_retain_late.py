import torch


def retained_nonleaf_grad(p):
    w = 10 * p
    l = w.pow(2).sum()
    # retain_grad() only has to come before backward(), not before l is built
    w.retain_grad()
    l.backward()
    assert w.retains_grad and not w.is_leaf
    return w
