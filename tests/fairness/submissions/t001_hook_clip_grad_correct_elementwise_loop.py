import torch


def hook_clip_grad(x):
    def clamp_each(g):
        # clamp every entry to [-1, 1], written with torch.where
        g = torch.where(g > 1, torch.ones_like(g), g)
        g = torch.where(g < -1, -torch.ones_like(g), g)
        return g

    handle = x.register_hook(clamp_each)
    out = torch.sum(x ** 3) - torch.sum(4 * x)
    out.backward()
    first = x.grad.clone()
    handle.remove()
    out = torch.sum(x ** 3) - torch.sum(4 * x)
    out.backward()
    return first
