"""Wrong: sum() where the exercise asks for mean().

fails: z_value, x_grad, x_grad_hidden
diagnosis: a sum where a mean was meant
description: reduces with sum() where the prompt asks for a mean, so z and x.grad are n times too large
mistakes: sum_vs_mean
"""


def backward_untracked_mean(x):
    y = x + 2
    z = (2 * y * y).sum()
    z.backward()
    return z
