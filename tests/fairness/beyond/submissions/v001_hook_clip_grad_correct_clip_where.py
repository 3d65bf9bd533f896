import torch

def hook_clip_grad(x):
    def clip(g):
        return torch.where(g > 1, torch.ones_like(g), torch.where(g < -1, -torch.ones_like(g), g))
    handle = x.register_hook(clip)
    out = torch.sum(x ** 3) - torch.sum(4 * x)
    out.backward()
    first = torch.clone(x.grad)
    handle.remove()
    out2 = torch.sum(x ** 3) - torch.sum(4 * x)
    out2.backward()
    return first
