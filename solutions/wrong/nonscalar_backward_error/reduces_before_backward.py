r"""Wrong: reduces z with sum() so that backward() succeeds, and returns the sum.

fails: raises_on_vector, one_element_z, raises_hidden
diagnosis: no sum\(\)/mean\(\)
description: reduces z with sum() so that backward() works: the expected error is never raised, and z comes back reduced
mistakes: exception
"""


def unreduced_backward(x):
    y = x + 2
    z = (3 * y * y).sum()
    z.backward()
    return z
