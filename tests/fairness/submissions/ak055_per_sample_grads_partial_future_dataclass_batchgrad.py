"""Autograd homework, my answers.
"""

from __future__ import annotations
import math
import warnings
from dataclasses import dataclass, field
import torch

warnings.filterwarnings("ignore")


def per_sample_grads(w, xs, ys):
    def loss(w_, x, y):
        return ((x @ w_ - y) ** 2).sum()
    g = torch.func.grad(loss)(w, xs, ys)
    return g.expand(xs.shape[0], -1).clone()


@dataclass
class Example:
    """One worked example from the prompt."""
    name: str
    expected: torch.Tensor
    notes: list[str] = field(default_factory=list)


EXAMPLES: list[Example] = [
    Example('per_sample_grads', torch.tensor([[2., 0.], [4., 4.]])),
]
