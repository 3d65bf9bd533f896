"""Wrong: backward() without a vector on a tensor of several elements raises."""


def quadratic_backward_ones(x):
    f = 2 * (x * x) + 5 * x + 6
    f.backward()
    return f
