import torch


@torch.no_grad()
def doubled(u):
    return u.mul(2)


def no_grad_variants(t):
    tracked = t.mul(2)
    with torch.no_grad():
        paused = t.mul(3)
        with torch.enable_grad():
            resumed = t.mul(3)
    decorated = doubled(t)
    return (tracked, paused, decorated, resumed)
