"""Right answer: computes the mean with torch.square inside torch.enable_grad() and calls
backward with an explicit scalar gradient of ones (same as out.backward())."""
import torch


def mean_square_grad(x):
    with torch.enable_grad():
        shifted = torch.add(x, 2.0)
        out = torch.mean(3.0 * torch.square(shifted))
    # the seed gradient d(out)/d(out) = 1, written out explicitly
    out.backward(gradient=torch.ones_like(out, dtype=out.dtype, device=out.device))
    return out
