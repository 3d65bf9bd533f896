"""Wrong: torch.no_grad() on its own line builds a context manager and throws it away."""

import torch


def no_grad_variants(t):
    tracked = t * 2
    torch.no_grad()
    paused = t * 3
    decorated = t * 2
    with torch.no_grad():
        with torch.enable_grad():
            resumed = t * 3
    return tracked, paused, decorated, resumed
