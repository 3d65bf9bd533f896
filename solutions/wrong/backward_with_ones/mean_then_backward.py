"""Wrong: backward through f.mean() weighs each element by 1/N instead of 1.

fails: x_grad, x_grad_hidden
diagnosis: a mean where a sum was meant
description: reduces f with mean() before backward, dividing every gradient by the element count
mistakes: sum_vs_mean
"""


def quadratic_backward_ones(x):
    f = 2 * (x * x) + 5 * x + 6
    f.mean().backward()
    return f
