"""torch.inference_mode versus torch.no_grad."""
from typing import Optional, Tuple

import torch
from torch import Tensor

DEBUG = False


def grad_modes(x: Tensor) -> Tuple[Tensor, Tensor, Optional[RuntimeError]]:
    assert x.is_leaf and x.requires_grad, "x must be a leaf that requires grad"
    x_before = x.detach().clone()

    with torch.no_grad():
        a = x * 2
    assert not a.requires_grad and not a.is_inference()

    with torch.inference_mode():
        b = x * 2
    assert not b.requires_grad and b.is_inference()

    # a is an ordinary tensor: it joins the graph as a constant
    (a * x).sum().backward()
    if DEBUG:
        print("x.grad after the a-pass:", x.grad)

    # b is an inference tensor: saving it for backward fails already at b * x
    err: Optional[RuntimeError] = None
    try:
        (b * x).sum().backward()
    except RuntimeError as e:
        err = e
        if DEBUG:
            print("b-pass failed as expected:", e)
    assert err is not None, "expected a RuntimeError from the inference tensor"
    assert torch.allclose(x.grad, a), "x.grad should equal a"
    assert torch.equal(x.detach(), x_before)
    return a, b, err
