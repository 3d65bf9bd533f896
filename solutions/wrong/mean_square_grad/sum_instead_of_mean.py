"""Wrong: sum where the exercise asks for a mean (4x too large at 2x2).

fails: out_value, x_grad, x_grad_hidden, out_value_hidden
diagnosis: sum where a mean
description: sum where a mean was meant
example: true
"""


def mean_square_grad(x):
    out = (3 * (x + 2) ** 2).sum()
    out.backward()
    return out
