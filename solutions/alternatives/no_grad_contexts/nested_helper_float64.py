"""A decorated helper defined inside the function; every product computed in float64."""

import torch


def no_grad_variants(t: torch.Tensor) -> tuple[torch.Tensor, ...]:
    @torch.no_grad()
    def helper(u: torch.Tensor) -> torch.Tensor:
        return u.double() * 2

    tracked = t.double() * 2
    with torch.no_grad():
        paused = t.double() * 3
    decorated = helper(t)
    with torch.no_grad():
        with torch.enable_grad():
            resumed = t.double() * 3
    return (tracked, paused, decorated, resumed)
