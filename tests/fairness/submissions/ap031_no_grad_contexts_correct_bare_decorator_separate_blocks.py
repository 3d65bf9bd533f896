import torch


def no_grad_variants(t):
    @torch.no_grad
    def helper(u):
        return u * 2

    tracked = torch.mul(t, 2)
    with torch.no_grad():
        paused = torch.mul(t, 3)
    decorated = helper(t)
    with torch.no_grad():
        with torch.enable_grad():
            resumed = torch.mul(t, 3)
    return tracked, paused, decorated, resumed
