import torch


def helper(t):
    return t * 2


def no_grad_variants(t):
    tracked = t * 2
    # stop tracking t for the untracked results
    t.requires_grad_(False)
    paused = t * 3
    decorated = helper(t)
    with torch.no_grad():
        with torch.enable_grad():
            resumed = t * 3
    return tracked, paused, decorated, resumed
