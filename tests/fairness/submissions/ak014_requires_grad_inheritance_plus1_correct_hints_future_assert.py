"""Autograd homework, my answers.
"""

from __future__ import annotations
import math
from typing import Callable, Optional
import torch


def turn_on_tracking(t1: torch.Tensor, t2: torch.Tensor) -> tuple[bool, torch.Tensor]:
    was_tracked = t1.requires_grad
    t1.requires_grad_()
    prod = t1 * t2
    return was_tracked, prod


def six_graph_nodes(a: float, b: torch.Tensor) -> tuple[torch.Tensor, ...]:
    prod = a * b
    mean = prod.mean()
    added = a + b
    sq = a ** 2
    total = (a + b).sum()
    mse = torch.nn.functional.mse_loss(a, b)
    return prod, mean, added, sq, total, mse


# quick self-test on the prompt example
assert torch.allclose(torch.as_tensor(turn_on_tracking(torch.tensor([[1., 2., 3.], [4., 5., 6.]]), torch.tensor([[7., 8., 9.], [10., 11., 12.]]))[1]).detach().double(), (torch.tensor([[7., 16., 27.], [40., 55., 72.]])).double(), atol=1e-3), 'example from the prompt'
assert torch.allclose(torch.as_tensor(six_graph_nodes(torch.tensor([[1., 2., 3.], [4., 5., 6.]], requires_grad=True), torch.tensor([[7., 8., 9.], [10., 11., 12.]]))[4]).detach().double(), (torch.tensor(78.)).double(), atol=1e-3), 'example from the prompt'
