"""Wrong: builds the mean as a sum of t1 * (t2 / n), dividing the caller's t2 in place.

fails: t2_unchanged
diagnosis: changed the values of t2
description: divides t2 by n in place to build the mean by hand, which changes the caller's t2
mistakes: input_mutated
"""


def mean_product_grad(t1, t2):
    t2 /= t1.numel()
    out = (t1 * t2).sum()
    out.backward()
    return out
