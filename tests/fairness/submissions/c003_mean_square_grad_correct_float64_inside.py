import torch


def mean_square_grad(x):
    # do the arithmetic in double precision, then come back to x's dtype
    xd = x.double()
    out64 = torch.mean(3.0 * torch.pow(xd + 2.0, 2))
    out = out64.to(x.dtype)
    out.backward()
    assert x.grad is not None
    return out
