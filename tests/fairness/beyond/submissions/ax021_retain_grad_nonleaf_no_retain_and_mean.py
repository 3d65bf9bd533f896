"""retain_grad_nonleaf: half done, two mistakes: forgot w.retain_grad() (w.grad stays None) and l uses .mean() instead of .sum()."""
import torch


def retained_nonleaf_grad(p):
    w = 10 * p
    l = (w ** 2).mean()
    l.backward()
    return w
