"""Wrong: works on x.data, so z is never connected to x, even when x requires grad."""


def backward_untracked_mean(x):
    y = x.data + 2
    z = (2 * y * y).mean()
    z.backward()
    return z
