"""Fit y ~ a x^2 + b x + c by plain gradient descent on the mean squared error."""
from typing import List, Tuple

import torch
from torch import Tensor


def _predict(params: List[Tensor], x: Tensor) -> Tensor:
    a, b, c = params
    return a * x ** 2 + b * x + c


def _mse(pred: Tensor, target: Tensor) -> Tensor:
    assert pred.shape == target.shape, f"prediction {pred.shape} vs target {target.shape}"
    return ((pred - target) ** 2).mean()


def fit_parabola_gd(x: Tensor, y: Tensor, lr: float, steps: int) -> Tuple[Tensor, float]:
    """Return ([a, b, c], loss at the final coefficients)."""
    assert x.dim() == 1 and x.shape == y.shape, "x and y must be 1-D of the same length"
    x_before, y_before = x.clone(), y.clone()

    params = [torch.zeros((), requires_grad=True) for _ in range(3)]   # a, b, c
    history = []
    for step in range(steps):
        loss = _mse(_predict(params, x), y)
        loss.backward()
        with torch.no_grad():
            for p in params:
                p -= lr * p.grad
        for p in params:
            p.grad.zero_()
        history.append(loss.item())

    with torch.no_grad():
        final_loss = _mse(_predict(params, x), y).item()

    coeffs = torch.stack([p.detach() for p in params])
    assert coeffs.shape == (3,)
    assert torch.equal(x, x_before) and torch.equal(y, y_before), "inputs were modified"
    return coeffs, float(final_loss)
