"""Wrong: sum() where the mean was asked for.

fails: out_grad_fn, values, x_grad, x_grad_hidden, values_hidden
diagnosis: 3 is the number of elements
description: reduces z with sum(), so the gradient is n times too large
example: true
mistakes: sum_vs_mean
"""


def square_chain(x):
    y = x + 2
    z = y * y * 2
    out = z.sum()
    out.backward()
    return y, z, out
