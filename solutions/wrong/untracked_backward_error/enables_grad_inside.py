"""Wrong: "fixes" the error by switching requires_grad on for the caller's tensor.

fails: raises_untracked, raises_hidden
diagnosis: switched requires_grad on for x, the caller's tensor
description: turns requires_grad on inside the function so that backward() works
example: true
"""


def backward_untracked_mean(x):
    if not x.requires_grad:
        x.requires_grad_()
    y = x + 2
    z = (2 * y * y).mean()
    z.backward()
    return z
