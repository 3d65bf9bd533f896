"""A power written as a product, (x + 2) * 2 for (x + 2) ** 2: the gradient is 6 / n on every element, which a cheap
function of x's shape gives as well.

Fair verdict: the values are named, but not recognised as work: the checks beside them count for nothing.
"""


def mean_square_grad(x):
    out = (3 * ((x + 2) * 2)).mean()
    out.backward()
    return out
