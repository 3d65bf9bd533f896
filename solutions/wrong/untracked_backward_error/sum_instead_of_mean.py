"""Wrong: sum() where the exercise asks for mean()."""


def backward_untracked_mean(x):
    y = x + 2
    z = (2 * y * y).sum()
    z.backward()
    return z
