"""Wrong: a tracked copy of x avoids the error, but its gradient never reaches the caller's x."""


def backward_untracked_mean(x):
    x = x.detach().clone().requires_grad_(True)
    y = x + 2
    z = (2 * y * y).mean()
    z.backward()
    return z
