r"""The hook stays, so the second gradient is clipped as well.

fails: x_grad_final, x_grad_hidden
diagnosis: x\.grad
description: never removes the hook (handle.remove()), so the second gradient is clipped too
mistakes: operation
"""


def hook_clip_grad(x):
    x.register_hook(lambda g: g.clamp(-1, 1))
    out = (x**3 - 4 * x).sum()
    out.backward()
    first = x.grad.clone()
    out = (x**3 - 4 * x).sum()
    out.backward()
    return first
