"""Correct: the hook is a small callable class; the first graph is kept with retain_graph=True, the hook
removed, and the same out differentiated again (allowed by the prompt)."""
import torch


class Clamp:
    def __init__(self, lo, hi):
        self.lo, self.hi = lo, hi

    def __call__(self, g):
        return g.clamp(self.lo, self.hi)


def hook_clip_grad(x):
    handle = x.register_hook(Clamp(-1.0, 1.0))
    out = (x ** 3 - 4 * x).sum()
    out.backward(retain_graph=True)
    first = x.grad.clone()
    handle.remove()
    out.backward()
    return first
