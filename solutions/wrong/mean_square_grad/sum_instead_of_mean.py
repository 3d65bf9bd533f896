"""Wrong: sum where the exercise asks for a mean (4x too large at 2x2).

fails: out_value, x_grad, x_grad_hidden, out_value_hidden
diagnosis: sum where a mean
description: reduces with sum() where the mean was asked for, so out and x.grad are n times too large
example: true
mistakes: sum_vs_mean
"""


def mean_square_grad(x):
    out = (3 * (x + 2) ** 2).sum()
    out.backward()
    return out
