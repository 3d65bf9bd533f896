"""Autograd homework, my answers.
"""

from __future__ import annotations
import math
from dataclasses import dataclass, field
from typing import Callable, Optional
import torch


def hessian_vector_product(x: torch.Tensor, v: torch.Tensor) -> tuple[torch.Tensor, ...]:
    f = 0.25 * (x ** 4).sum() + x.sum() ** 2
    g, = torch.autograd.grad(f, x, create_graph=True)
    hv, = torch.autograd.grad(g, x, grad_outputs=v)
    return g, hv


@dataclass
class Example:
    """One worked example from the prompt."""
    name: str
    expected: torch.Tensor
    notes: list[str] = field(default_factory=list)


EXAMPLES: list[Example] = [
    Example('hessian_vector_product', torch.tensor([5., 2., 2.])),
]
