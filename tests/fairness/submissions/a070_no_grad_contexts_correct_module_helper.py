import torch


@torch.no_grad()
def helper(t):
    """Runs without recording anything."""
    return t * 2


def no_grad_variants(t):
    tracked = torch.mul(t, 2)
    with torch.no_grad():
        paused = 3 * t
    decorated = helper(t)
    with torch.no_grad():
        with torch.enable_grad():
            resumed = torch.mul(t, 3)
    return (tracked, paused, decorated, resumed)
