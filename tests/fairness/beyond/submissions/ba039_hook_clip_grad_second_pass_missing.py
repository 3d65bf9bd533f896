"""Half done: the clipping hook and `first` are right, but step 3 (remove the hook, second
backward) is missing, so x.grad ends as the clipped gradient only."""
import torch


def hook_clip_grad(x):
    handle = x.register_hook(lambda g: g.clamp(-1, 1))
    out = (x ** 3 - 4 * x).sum()
    out.backward()
    first = x.grad.clone()
    # TODO: handle.remove() and a second backward
    return first
