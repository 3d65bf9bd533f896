import torch


def _f(t):
    return torch.sum(t.pow(3) - 4 * t)

def hook_clip_grad(x):
    def clip_hook(grad):
        return torch.clip(grad, min=-1.0, max=1.0)
    h = x.register_hook(clip_hook)
    _f(x).backward()
    first = x.grad.detach().clone()
    h.remove()
    _f(x).backward()
    return first
