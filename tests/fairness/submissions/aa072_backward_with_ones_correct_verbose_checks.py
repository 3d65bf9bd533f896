"""backward() with a vector of ones on f = 2x^2 + 5x + 6."""
import torch
from torch import Tensor

COEFFS = (2.0, 5.0, 6.0)


def quadratic(x: Tensor) -> Tensor:
    """Element-wise 2x^2 + 5x + 6, not reduced."""
    a, b, c = COEFFS
    return a * x ** 2 + b * x + c


def quadratic_backward_ones(x: Tensor) -> Tensor:
    assert x.requires_grad, "x must require grad"
    x_before = x.detach().clone()
    grad_before = None if x.grad is None else x.grad.clone()

    f = quadratic(x)
    assert f.shape == x.shape

    v = torch.ones_like(f)       # same shape as f, whatever the input shape
    f.backward(v)

    expected = 4 * x_before + 5
    added = x.grad if grad_before is None else x.grad - grad_before
    assert torch.allclose(added, expected), "gradient should be 4x + 5"
    assert torch.equal(x.detach(), x_before), "x must not change"
    return f
