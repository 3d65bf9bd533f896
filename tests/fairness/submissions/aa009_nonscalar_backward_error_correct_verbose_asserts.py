"""backward() without an argument needs a single value."""
import torch
from torch import Tensor

VERBOSE = False


def _log(*args) -> None:
    if VERBOSE:
        print("[unreduced_backward]", *args)


def _forward(x: Tensor) -> Tensor:
    """z = 3 * (x + 2)^2, element-wise, NOT reduced."""
    y = x + 2
    z = 3 * y ** 2
    assert z.shape == x.shape, "z must keep the shape of x"
    return z


def unreduced_backward(x: Tensor) -> Tensor:
    """Call z.backward() with no argument and return z.

    For more than one element PyTorch raises
    "grad can be implicitly created only for scalar outputs" and we let it propagate.
    """
    assert isinstance(x, Tensor), "x must be a tensor"
    assert x.requires_grad, "x must require grad"
    original = x.detach().clone()

    z = _forward(x)
    _log("z has", z.numel(), "element(s), grad_fn =", type(z.grad_fn).__name__)

    z.backward()  # raises for numel() > 1 -- intentionally not caught

    _log("x.grad =", x.grad)
    assert torch.equal(x.detach(), original), "x must not be modified"
    return z
