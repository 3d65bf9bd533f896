import torch


def hook_clip_grad(x):
    def clip(g):
        one = torch.ones_like(g)
        return torch.where(g > 1, one, torch.where(g < -1, -one, g))

    h = x.register_hook(clip)
    torch.autograd.backward((x * x * x - 4 * x).sum())
    first = torch.clone(x.grad)
    h.remove()
    torch.autograd.backward((x * x * x - 4 * x).sum())
    return first
