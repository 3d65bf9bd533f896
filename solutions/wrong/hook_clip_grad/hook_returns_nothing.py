"""The hook computes the clipped gradient but returns nothing, so nothing is replaced."""


def hook_clip_grad(x):
    def hook(g):
        g.clamp(-1, 1)

    handle = x.register_hook(hook)
    out = (x**3 - 4 * x).sum()
    out.backward()
    first = x.grad.clone()
    handle.remove()
    out = (x**3 - 4 * x).sum()
    out.backward()
    return first
