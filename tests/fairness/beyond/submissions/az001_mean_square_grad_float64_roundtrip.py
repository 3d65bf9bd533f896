"""Right answer: computes the mean in float64 for accuracy and converts the result back to x's dtype;
defensive checks on the input, autograd fills x.grad through the conversions."""
import torch


def _check_leaf(x):
    if not isinstance(x, torch.Tensor):
        raise TypeError("x must be a tensor")
    if not (x.is_leaf and x.requires_grad):
        raise ValueError("x must be a leaf that requires grad")


def mean_square_grad(x):
    _check_leaf(x)
    x64 = x.to(torch.float64)          # differentiable cast, x itself untouched
    out64 = (3 * (x64 + 2) ** 2).mean()
    out = out64.to(x.dtype)            # back to the caller's dtype
    out.backward()
    return out
