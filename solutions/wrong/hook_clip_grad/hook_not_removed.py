"""The hook stays, so the second gradient is clipped as well."""


def hook_clip_grad(x):
    x.register_hook(lambda g: g.clamp(-1, 1))
    out = (x**3 - 4 * x).sum()
    out.backward()
    first = x.grad.clone()
    out = (x**3 - 4 * x).sum()
    out.backward()
    return first
