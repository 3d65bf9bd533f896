"""Wrong: works on x.data in place, which breaks the graph and changes the input."""


def mean_square_grad(x):
    x.data.add_(2)
    out = (3 * x.data ** 2).mean()
    return out
