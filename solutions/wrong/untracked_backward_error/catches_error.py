"""Wrong: swallows the RuntimeError instead of letting it reach the caller."""


def backward_untracked_mean(x):
    y = x + 2
    z = (2 * y * y).mean()
    try:
        z.backward()
    except RuntimeError:
        pass
    return z
