"""mean_product_grad: two mistakes: backward called twice (retain_graph, to "check" it) and out returned as a Python float via .item()."""
import torch


def mean_product_grad(t1, t2):
    out = (t1 * t2).mean()
    out.backward(retain_graph=True)
    out.backward()
    return out.item()
