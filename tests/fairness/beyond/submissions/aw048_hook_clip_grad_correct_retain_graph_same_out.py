import torch


def hook_clip_grad(x):
    handle = x.register_hook(lambda g: torch.clamp(g, min=-1.0, max=1.0))
    out = torch.sum(x.pow(3) - 4 * x)
    out.backward(retain_graph=True)
    first = x.grad.detach().clone()
    handle.remove()
    out.backward()
    return first
