import torch


def clip_hook(grad):
    return torch.clamp(grad, min=-1.0, max=1.0)


def hook_clip_grad(x):
    handle = x.register_hook(clip_hook)
    out1 = torch.sum(x.pow(3) - 4 * x)
    out1.backward()
    first = x.grad.detach().clone()
    handle.remove()
    out2 = torch.sum(x.pow(3) - 4 * x)
    out2.backward()
    return first
