"""Right answer: f written with x.pow and backward with torch.ones_like(f) given explicit dtype and
device, called once."""
import torch


def quadratic_backward_ones(x):
    f = 2 * x.pow(2) + 5 * x + 6
    v = torch.ones_like(f, dtype=f.dtype, device=f.device)
    f.backward(v)
    return f
