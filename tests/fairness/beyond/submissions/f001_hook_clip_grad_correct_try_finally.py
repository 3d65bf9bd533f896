import torch


def hook_clip_grad(x):
    handle = x.register_hook(lambda g: torch.clip(g, -1, 1))
    try:
        out = (x.pow(3) - 4 * x).sum()
        out.backward()
        first = x.grad.detach().clone()
    finally:
        handle.remove()
    out2 = (x.pow(3) - 4 * x).sum()
    out2.backward()
    return first
