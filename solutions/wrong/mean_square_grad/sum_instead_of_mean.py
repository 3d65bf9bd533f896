"""Wrong: sum where the exercise asks for a mean (4x too large at 2x2)."""


def mean_square_grad(x):
    out = (3 * (x + 2) ** 2).sum()
    out.backward()
    return out
