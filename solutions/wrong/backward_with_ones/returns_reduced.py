"""Wrong: f is reduced with sum() before backward and returned as one value.

fails: f_value, f_value_hidden
diagnosis: reduced to a single value
description: reduces f with sum() and returns the single value instead of the element-wise f
mistakes: shape
"""


def quadratic_backward_ones(x):
    f = (2 * (x * x) + 5 * x + 6).sum()
    f.backward()
    return f
