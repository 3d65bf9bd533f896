"""One mistake: first = x.grad without clone(), so after the second pass first is the final x.grad
(clipped + raw) rather than the clipped gradient."""
import torch


def hook_clip_grad(x):
    h = x.register_hook(lambda g: g.clamp(-1, 1))
    out = (x ** 3 - 4 * x).sum()
    out.backward()
    first = x.grad
    h.remove()
    out2 = (x ** 3 - 4 * x).sum()
    out2.backward()
    return first
