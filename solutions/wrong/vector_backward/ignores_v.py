"""Wrong: backward through z.sum() ignores v (every entry weighted by 1).

fails: x_grad, x_grad_hidden
description: calls backward on z.sum(), which weighs every entry by 1 instead of v
mistakes: operation
"""


def vector_backward(x, v):
    z = 3 * (x + 2) ** 2
    z.sum().backward()
    return z
