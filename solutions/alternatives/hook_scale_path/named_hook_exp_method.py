"""A named hook function, x.exp(), and a handle removed after the pass."""


def halve(grad):
    return grad / 2


def hook_scale_path(x):
    h = x.exp()
    handle = h.register_hook(halve)
    out = (h * x).sum()
    out.backward()
    handle.remove()
    return out
