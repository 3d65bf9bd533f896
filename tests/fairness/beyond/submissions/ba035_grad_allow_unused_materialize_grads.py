"""One mistake: passes materialize_grads=True, so the gradient for the unused z comes back as a
tensor of zeros instead of the None the prompt asks for."""
import torch


def partial_grads(x, y, z):
    out = (x ** 2 * y).sum()
    gx, gy, gz = torch.autograd.grad(out, (x, y, z), retain_graph=True,
                                     allow_unused=True, materialize_grads=True)
    out.backward()
    return gx, gy, gz
