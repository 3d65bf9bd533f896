"""One mistake: the hook is never removed, so the second backward is clipped too and x.grad ends as twice
the clipped gradient; first is right."""
import torch


def hook_clip_grad(x):
    handle = x.register_hook(lambda g: g.clamp(-1, 1))
    out = torch.sum(x ** 3 - 4 * x)
    out.backward()
    first = x.grad.clone()
    out = torch.sum(x ** 3 - 4 * x)
    out.backward()
    return first
