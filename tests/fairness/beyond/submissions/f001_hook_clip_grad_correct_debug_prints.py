import torch


def hook_clip_grad(x):
    def hook(g):
        print("raw grad seen by hook:", g)
        return g.clamp(-1, 1)

    handle = x.register_hook(hook)
    out = (x ** 3 - 4 * x).sum()
    out.backward()
    first = x.grad.clone()
    print("first (clipped):", first)
    handle.remove()
    out = (x ** 3 - 4 * x).sum()
    out.backward()
    print("final x.grad:", x.grad)
    return first
