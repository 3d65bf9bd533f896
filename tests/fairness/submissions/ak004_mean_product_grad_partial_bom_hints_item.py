"""Autograd homework, my answers.
"""

from __future__ import annotations
import math
from typing import Callable, Optional
import torch


def mean_product_grad(t1: torch.Tensor, t2: torch.Tensor) -> torch.Tensor:
    out = torch.mean(t1 * t2)
    out.backward()
    return out.item()
