"""Wrong: reduces z with sum() so that backward() succeeds, and returns the sum."""


def unreduced_backward(x):
    y = x + 2
    z = (3 * y * y).sum()
    z.backward()
    return z
