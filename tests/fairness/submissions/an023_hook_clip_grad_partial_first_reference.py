import torch

def hook_clip_grad(x):
    h = x.register_hook(lambda g: torch.clamp(g, -1, 1))
    out = torch.sum(x ** 3 - 4 * x)
    out.backward()
    first = x.grad
    h.remove()
    out = torch.sum(x ** 3 - 4 * x)
    out.backward()
    return first
