"""Wrong: a tracked copy of x avoids the error, but its gradient never reaches the caller's x.

fails: x_grad, backward_once, raises_untracked, x_grad_hidden, raises_hidden
diagnosis: made a tracked copy
description: works on a tracked copy of x, so nothing is raised and the caller's x.grad stays None
mistakes: broken_graph
"""


def backward_untracked_mean(x):
    x = x.detach().clone().requires_grad_(True)
    y = x + 2
    z = (2 * y * y).mean()
    z.backward()
    return z
