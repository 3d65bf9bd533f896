import torch

def hook_clip_grad(x):
    def clip(g):
        return g.clamp(min=-1.0, max=1.0)
    handle = x.register_hook(clip)
    out = (x.pow(3) - 4 * x).sum()
    out.backward(retain_graph=True)
    first = x.grad.detach().clone()
    handle.remove()
    out.backward()
    return first
