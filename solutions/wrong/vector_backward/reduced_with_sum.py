"""Wrong: reduces z to a scalar so that backward() works, and returns the scalar.

fails: z_value, z_shape, x_grad
diagnosis: single value
description: reduces z with sum() so that backward() works and returns that single value, instead of keeping z whole and calling z.backward(v)
mistakes: shape, operation
"""


def vector_backward(x, v):
    z = (3 * (x + 2) ** 2).sum()
    z.backward()
    return z
