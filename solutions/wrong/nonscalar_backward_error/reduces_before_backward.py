r"""Wrong: reduces z with sum() so that backward() succeeds, and returns the sum.

fails: raises_on_vector, one_element_z, raises_hidden
diagnosis: no sum\(\)/mean\(\)
description: sums z first so that backward() works
"""


def unreduced_backward(x):
    y = x + 2
    z = (3 * y * y).sum()
    z.backward()
    return z
