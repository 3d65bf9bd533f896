import torch


def mean_square_grad(x):
    # work in double precision for accuracy; the gradient still flows back to x
    xd = x.to(torch.float64)
    out = (3.0 * (xd + 2.0) ** 2).mean()
    out.backward()
    return out
