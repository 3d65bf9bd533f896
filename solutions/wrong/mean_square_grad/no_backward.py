"""Wrong: forgets to call backward(), so x.grad stays None."""


def mean_square_grad(x):
    out = (3 * (x + 2) ** 2).mean()
    return out
