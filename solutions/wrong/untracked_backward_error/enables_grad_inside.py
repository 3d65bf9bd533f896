"""Wrong: "fixes" the error by switching requires_grad on for the caller's tensor.

fails: raises_untracked, raises_hidden
diagnosis: switched requires_grad on for x, the caller's tensor
description: switches requires_grad on for the x you were given so that backward() works; the expected error is then never raised
example: true
mistakes: requires_grad, input_mutated
"""


def backward_untracked_mean(x):
    if not x.requires_grad:
        x.requires_grad_()
    y = x + 2
    z = (2 * y * y).mean()
    z.backward()
    return z
