"""Wrong: returns the gradient rather than the result the exercise asks for.

fails: out_value, out_value_hidden
diagnosis: one value per element where a single number was expected
description: returns t1.grad, one value per element, instead of out, the mean
mistakes: shape
"""


def mean_product_grad(t1, t2):
    out = (t1 * t2).mean()
    out.backward()
    return t1.grad
