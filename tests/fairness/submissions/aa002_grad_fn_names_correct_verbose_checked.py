"""Exercise: reading the last operation from grad_fn."""
from typing import Tuple

import torch
from torch import Tensor

DEBUG = False

EXPECTED_NAMES = (
    "MulBackward0",
    "MeanBackward0",
    "AddBackward0",
    "PowBackward0",
    "SumBackward0",
    "MseLossBackward0",
)


def _node_name(t: Tensor) -> str:
    """Class name of the grad_fn of t (or 'None' for a leaf / untracked tensor)."""
    return type(t.grad_fn).__name__ if t.grad_fn is not None else "None"


def _elementwise_product(a: Tensor, b: Tensor) -> Tensor:
    return a * b


def _mean_of(t: Tensor) -> Tensor:
    return t.mean()


def _elementwise_sum(a: Tensor, b: Tensor) -> Tensor:
    return a + b


def _square(a: Tensor) -> Tensor:
    return a ** 2


def _total(t: Tensor) -> Tensor:
    return t.sum()


def _mse(a: Tensor, b: Tensor) -> Tensor:
    loss_fn = torch.nn.MSELoss()
    return loss_fn(a, b)


def six_graph_nodes(a: Tensor, b: Tensor) -> Tuple[Tensor, ...]:
    """Return six tensors whose grad_fn names are given in the exercise table."""
    assert a.shape == b.shape, f"a and b must have the same shape, got {a.shape} vs {b.shape}"
    assert a.requires_grad, "a is supposed to require grad"

    prod = _elementwise_product(a, b)
    avg = _mean_of(prod)
    added = _elementwise_sum(a, b)
    squared = _square(a)
    total = _total(_elementwise_sum(a, b))
    mse = _mse(a, b)

    results = (prod, avg, added, squared, total, mse)
    for i, (r, name) in enumerate(zip(results, EXPECTED_NAMES)):
        got = _node_name(r)
        if DEBUG:
            print(f"position {i}: {got}")
        assert got == name, f"position {i}: expected {name}, got {got}"
    return results
