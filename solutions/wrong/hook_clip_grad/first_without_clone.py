"""first is x.grad itself; the second backward() adds to it in place.

fails: first_clipped, first_hidden
diagnosis: clone|copy|same tensor
description: returns first as x.grad is after the second backward(): x.grad itself, which that backward changes in place, or a copy taken after it
mistakes: stored_reference, order
"""


def hook_clip_grad(x):
    handle = x.register_hook(lambda g: g.clamp(-1, 1))
    out = (x**3 - 4 * x).sum()
    out.backward()
    first = x.grad
    handle.remove()
    out = (x**3 - 4 * x).sum()
    out.backward()
    return first
