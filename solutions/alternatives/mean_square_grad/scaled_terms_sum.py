"""Each term divided by the element count first, then summed (the same mean)."""


def mean_square_grad(x):
    n = x.numel()
    out = (3 * (x + 2).pow(2) / n).sum()
    out.backward()
    return out
