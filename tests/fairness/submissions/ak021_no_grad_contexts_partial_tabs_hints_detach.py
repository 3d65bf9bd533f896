"""Autograd homework, my answers.
"""

import math
from typing import Callable, Optional
import torch


@torch.no_grad()
def _times_two(t):
	return t * 2


def no_grad_variants(t: torch.Tensor) -> tuple[torch.Tensor, ...]:
	tracked = t * 2
	paused = (t * 3).detach()
	with torch.no_grad():
		with torch.enable_grad():
			resumed = t * 3
	decorated = _times_two(t)
	return tracked, paused, decorated, resumed
