import torch


def no_grad_variants(t):
    tracked = t * 2
    with torch.no_grad():
        paused = t * 3

    @torch.no_grad()
    def helper(u):
        return u * 2

    decorated = helper(t)
    with torch.no_grad():
        torch.enable_grad()
        resumed = t * 3
    return tracked, paused, decorated, resumed
