import torch


def f(x):
    return (x * x * x - 4 * x).sum()


def hook_clip_grad(x):
    def clip(g):
        print("raw gradient seen by the hook:", g)
        return g.clip(-1, 1)

    h = x.register_hook(clip)
    f(x).backward()
    first = x.grad.clone()
    print("clipped:", first)
    h.remove()
    f(x).backward()
    print("after second pass:", x.grad)
    return first
