import torch


@torch.no_grad()
def _double(u):
    return torch.mul(u, 2)


def no_grad_variants(t):
    tracked = torch.mul(t, 2)
    with torch.no_grad():
        paused = torch.mul(t, 3)
    with torch.no_grad():
        with torch.enable_grad():
            resumed = torch.mul(t, 3)
    return (tracked, paused, _double(t), resumed)
