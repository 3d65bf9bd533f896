"""Autograd homework, my answers.
"""

import math
from typing import Callable, Optional
import torch


def hook_clip_grad(x: torch.Tensor) -> torch.Tensor:
    handle = x.register_hook(lambda g: g.clamp(-1, 1))
    out = (x ** 3 - 4 * x).sum()
    out.backward()
    first = x.grad.clone()
    handle.remove()
    out = (x ** 3 - 4 * x).sum()
    out.backward()
    return first
