"""Wrong: checks the flag and raises the error itself, instead of letting backward() raise it.

fails: raises_untracked, raises_hidden
diagnosis: Your own code raised this RuntimeError
description: raises the RuntimeError with a raise statement when x does not require grad
mistakes: exception
"""


def backward_untracked_mean(x):
    if not x.requires_grad:
        raise RuntimeError("element 0 of tensors does not require grad and does not have a grad_fn")
    y = x + 2
    z = (2 * y * y).mean()
    z.backward()
    return z
