"""hook_clip_grad: half done: hook and first clipped gradient right; removing the hook and the second backward are missing."""
import torch


def hook_clip_grad(x):
    handle = x.register_hook(lambda g: g.clamp(-1, 1))
    out = (x ** 3 - 4 * x).sum()
    out.backward()
    first = x.grad.clone()
    # TODO: remove the hook and run the second, unclipped pass
    return first
