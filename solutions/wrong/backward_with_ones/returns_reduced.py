"""Wrong: f is reduced with sum() before backward and returned as one value."""


def quadratic_backward_ones(x):
    f = (2 * (x * x) + 5 * x + 6).sum()
    f.backward()
    return f
