import torch


def hook_clip_grad(x):
    handle = x.register_hook(lambda g: torch.clamp(g, min=-1.0, max=1.0))
    out = torch.sum(x ** 3 - 4 * x)
    torch.autograd.backward(out, retain_graph=True)
    first = torch.clone(x.grad)
    handle.remove()
    out.backward()
    return first
