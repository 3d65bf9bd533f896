import torch

@torch.no_grad
def helper(t):
    return torch.mul(t, 2)


def no_grad_variants(t):
    tracked = torch.mul(t, 2)
    with torch.no_grad():
        paused = torch.mul(t, 3)
        with torch.enable_grad():
            resumed = torch.mul(t, 3)
    decorated = helper(t)
    return tracked, paused, decorated, resumed
