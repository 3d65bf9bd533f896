"""Wrong: builds the mean as a sum of t1 * (t2 / n), dividing the caller's t2 in place."""


def mean_product_grad(t1, t2):
    t2 /= t1.numel()
    out = (t1 * t2).sum()
    out.backward()
    return out
