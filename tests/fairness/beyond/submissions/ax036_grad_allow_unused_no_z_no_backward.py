"""grad_allow_unused: half done, two mistakes: asks grad only for [x, y] (gz = None typed in) and never calls out.backward()."""
import torch


def partial_grads(x, y, z):
    out = (x ** 2 * y).sum()
    gx, gy = torch.autograd.grad(out, [x, y], retain_graph=True)
    gz = None
    return gx, gy, gz
