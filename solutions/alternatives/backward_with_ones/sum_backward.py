"""f.sum().backward(): the same gradient as a vector of ones, in the form the prompt accepts too."""


def quadratic_backward_ones(x):
    f = 2 * x**2 + 5 * x + 6
    f.sum().backward()
    return f
