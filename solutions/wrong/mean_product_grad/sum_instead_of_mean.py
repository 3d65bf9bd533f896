"""Wrong: sum() where the mean was asked for; the gradient is n times too large.

fails: out_value, t1_grad, t1_grad_hidden, out_value_hidden
diagnosis: a sum where a mean was meant
description: reduces with sum(), so the gradient is t2 instead of t2 / n
example: true
mistakes: sum_vs_mean
"""


def mean_product_grad(t1, t2):
    out = (t1 * t2).sum()
    out.backward()
    return out
