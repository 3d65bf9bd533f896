import torch


def mean_product_grad(t1, t2):
    out = torch.mean(t1 @ t2.T)
    out.backward()
    return out
