"""Wrong: backward through f.mean() weighs each element by 1/N instead of 1."""


def quadratic_backward_ones(x):
    f = 2 * (x * x) + 5 * x + 6
    f.mean().backward()
    return f
