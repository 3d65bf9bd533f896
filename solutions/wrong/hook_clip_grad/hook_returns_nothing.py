r"""The hook computes the clipped gradient but returns nothing, so nothing is replaced.

fails: first_clipped, x_grad_final, first_hidden, x_grad_hidden
diagnosis: first|x\.grad
description: the hook clamps a copy and returns nothing, so the gradient is not clipped
"""


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
