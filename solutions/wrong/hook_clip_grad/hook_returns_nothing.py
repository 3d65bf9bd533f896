r"""The hook computes the clipped gradient but returns nothing, so nothing is replaced.

fails: first_clipped, x_grad_final, first_hidden, x_grad_hidden
diagnosis: first|x\.grad
description: your hook calls g.clamp(-1, 1) but does not return the result, so the gradient is not clipped
mistakes: operation
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
