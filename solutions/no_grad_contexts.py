"""Reference solution: no_grad_contexts."""

import torch


@torch.no_grad()
def _double_untracked(t: torch.Tensor) -> torch.Tensor:
    return t * 2


def no_grad_variants(t: torch.Tensor) -> tuple[torch.Tensor, ...]:
    tracked = t * 2
    with torch.no_grad():
        paused = t * 3
    decorated = _double_untracked(t)
    with torch.no_grad():
        with torch.enable_grad():
            resumed = t * 3
    return tracked, paused, decorated, resumed
