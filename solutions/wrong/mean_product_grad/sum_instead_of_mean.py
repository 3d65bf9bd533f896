"""Wrong: sum() where the mean was asked for; the gradient is n times too large."""


def mean_product_grad(t1, t2):
    out = (t1 * t2).sum()
    out.backward()
    return out
