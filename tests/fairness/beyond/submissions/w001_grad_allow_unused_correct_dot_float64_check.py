import warnings

import torch


def partial_grads(x, y, z):
    out = torch.dot((x * x).flatten(), y.flatten())
    result = torch.autograd.grad(out, [x, y, z], retain_graph=True, allow_unused=True)
    gx, gy, gz = result
    if gz is not None:
        warnings.warn("expected None for z")
    # sanity check against the closed form in float64 (does not touch x, y, z)
    ref = 2 * x.detach().double() * y.detach().double()
    assert torch.allclose(gx.double(), ref, atol=1e-5)
    out.backward()
    return gx, gy, gz
