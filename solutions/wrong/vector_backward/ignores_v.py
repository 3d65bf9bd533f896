"""Wrong: backward through z.sum() ignores v (every entry weighted by 1)."""


def vector_backward(x, v):
    z = 3 * (x + 2) ** 2
    z.sum().backward()
    return z
