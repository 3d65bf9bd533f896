"""Right answer: the clamp hook is a named function, removed in a finally block after the first pass;
first is a clone; the second, unclipped pass accumulates into x.grad."""
import torch


def _clamp_unit(g):
    return g.clamp(-1, 1)


def _out(x):
    return (x ** 3 - 4 * x).sum()


def hook_clip_grad(x):
    handle = x.register_hook(_clamp_unit)
    try:
        _out(x).backward()
        first = x.grad.clone()
    finally:
        handle.remove()
    _out(x).backward()
    return first
