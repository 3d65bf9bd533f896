"""One mistake: first = x.grad without clone, so the second backward adds into it in place and first ends
equal to the final x.grad instead of the clipped gradient."""
import torch


def hook_clip_grad(x):
    handle = x.register_hook(lambda g: g.clamp(-1, 1))
    out = (x ** 3 - 4 * x).sum()
    out.backward()
    first = x.grad
    handle.remove()
    out2 = (x ** 3 - 4 * x).sum()
    out2.backward()
    return first
