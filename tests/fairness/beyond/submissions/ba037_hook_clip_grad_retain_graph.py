"""Right answer: hook with torch.clamp(min=-1, max=1), first pass with retain_graph=True, handle
removed, second backward on the same graph (allowed by the prompt)."""
import torch


def hook_clip_grad(x):
    handle = x.register_hook(lambda g: torch.clamp(g, min=-1.0, max=1.0))
    out = (x.pow(3) - 4 * x).sum()
    out.backward(retain_graph=True)
    first = x.grad.detach().clone()
    handle.remove()
    out.backward()
    return first
