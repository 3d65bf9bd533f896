import torch


def helper(t):
    return t * 2


def no_grad_variants(t):
    tracked = t * 2
    with torch.no_grad():
        paused = t * 3
        with torch.enable_grad():
            resumed = t * 3
    decorated = helper(t)
    return tracked, paused, decorated, resumed
